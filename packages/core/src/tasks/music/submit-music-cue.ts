import type { CallOptions } from '../../models/call-options.js';
import type { JobHandle } from '../../models/job.js';
import type { MusicModel } from '../../models/music-model.js';
import type { MusicCuePlan } from './plan-music-cue.js';

/** Submits a planned cue as a music job; persist the JSON handle to collect it after a reload. */
export function submitMusicCue(model: MusicModel, plan: Pick<MusicCuePlan, 'musicPrompt' | 'durationSeconds'>, options: CallOptions = {}): Promise<JobHandle> {
  return model.submit({ prompt: plan.musicPrompt, durationSeconds: plan.durationSeconds }, options);
}
