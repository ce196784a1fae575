import { type MusicModel, type PriceTable } from '@reelkit/core/models';
import { parseFountain } from '@reelkit/core/screenplay';
import type { GuardedTextModel } from '@reelkit/core/guard';
import { planMusicCue, type MusicCuePlan } from '@reelkit/core/tasks/music';
import { sceneFountain } from '@reelkit/core/tasks/scene';
import { estimateRunCost, type RunCostEstimate } from '../cost/estimate-run-cost.js';
import { markerRange, type TimelineRange } from '../markers/marker-range.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A music cue to plan for a marker's range. */
export interface PlanMarkerMusicCueRequest {
  readonly host: PremiereHost;
  readonly model: GuardedTextModel;
  /** The music model the cue will be submitted to, for the estimate. */
  readonly musicModel: Pick<MusicModel, 'provider' | 'modelId'>;
  readonly prices: PriceTable;
  readonly markerName: string;
  /** The script: the scene whose heading is the marker's name (as scene markers are named) is read for its mood. */
  readonly fountain?: string;
  readonly signal?: AbortSignal;
}

/** The plan shown before anything is submitted: brief, range and cost. */
export interface MarkerMusicCuePlan {
  readonly plan: MusicCuePlan;
  readonly range: TimelineRange;
  readonly estimate: RunCostEstimate;
}

/**
 * Plans a cue as long as a marker's range (`markerRange`) with the core's `planMusicCue`: mood from the script's
 * scene of that name, else from the marker's name and comments. Nothing is submitted; the editor sees the plan first.
 */
export async function planMarkerMusicCue(request: PlanMarkerMusicCueRequest): Promise<MarkerMusicCuePlan> {
  const sequence = await request.host.readActiveSequence();
  if (sequence === undefined) throw new PremiereHostError('No sequence is active.', 'Open a sequence in the Timeline panel, then try again.');
  const markers = await request.host.readMarkers();
  const range = markerRange(markers, request.markerName, sequence.endTicks);
  if (range === undefined || range.durationSeconds <= 0) throw new PremiereHostError(`No marker "${request.markerName}" with a length on the sequence.`, 'Add a marker with a duration, or one before the next marker.');
  const marker = markers.find((candidate) => candidate.name === request.markerName);
  const screenplay = request.fountain === undefined ? undefined : parseFountain(request.fountain);
  const scene = screenplay?.scenes.find((candidate) => candidate.heading.toUpperCase() === request.markerName.toUpperCase());
  const sceneText = screenplay !== undefined && scene !== undefined ? sceneFountain(screenplay, scene) : `${request.markerName}\n\n${marker?.comments ?? ''}`.trim();
  const plan = await planMusicCue({ model: request.model, scene: sceneText, durationSeconds: range.durationSeconds, ...omitUndefined({ signal: request.signal }) });
  return { plan, range, estimate: estimateRunCost({ kind: 'music', seconds: range.durationSeconds }, request.musicModel, request.prices) };
}
