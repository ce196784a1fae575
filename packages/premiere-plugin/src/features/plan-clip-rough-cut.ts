import { planRoughCut, type RoughCutOptions, type RoughCutPlan } from '@reelkit/core/tasks/rough-cut';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { ticksToSeconds } from '../time/ticks.js';
import { readClipWords, type ClipWords } from './read-clip-words.js';

/** A clip's rough cut to preview, and what it was planned from. */
export interface ClipRoughCut {
  readonly mediaPath: string;
  readonly plan: RoughCutPlan;
  readonly from: ClipWords['from'];
}

/**
 * Plans the rough cut of a clip from its transcript (Premiere's own, else the panel's) with the core's
 * `planRoughCut`, over the whole length of the clip's media: nothing changes in the project until it is built.
 */
export async function planClipRoughCut(host: PremiereHost, files: FileStore, mediaPath: string, options: RoughCutOptions = {}): Promise<ClipRoughCut> {
  const duration = await host.readClipDuration(mediaPath);
  if (duration === undefined) throw new PremiereHostError(`No clip in the project uses ${fileNameOf(mediaPath)}.`, 'Import it, select it in the Project panel, and try again.');
  const { words, language, from } = await readClipWords(host, files, mediaPath);
  const plan = planRoughCut(words, ticksToSeconds(duration), { ...options, ...(options.language === undefined && language !== undefined ? { language } : {}) });
  return { mediaPath, plan, from };
}
