import { parseFountain } from '@reelkit/core/screenplay';
import { entriesFromScreenplay } from '@reelkit/core/story';
import type { GuardedTextModel } from '@reelkit/core/guard';
import { peopleFromEntries, planStoryboard, type StoryboardPlan } from '@reelkit/core/tasks/storyboard';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A scene of the script to storyboard: the one a (scene) marker is named after, else the first. */
export interface PlanStoryboardForMarkerRequest {
  readonly model: GuardedTextModel;
  readonly fountain: string;
  /** A scene heading, as scene markers are named; empty or unknown picks the first scene. */
  readonly markerName: string;
  readonly style?: string;
  readonly signal?: AbortSignal;
}

/**
 * Plans the scene's shots with the core's `planStoryboard`, the script's characters as the cast (so an undescribed
 * person gets a visible suggestion). Nothing is drawn: the editor reviews the shots first.
 */
export async function planStoryboardForMarker(request: PlanStoryboardForMarkerRequest): Promise<{ readonly plan: StoryboardPlan; readonly heading: string }> {
  const screenplay = parseFountain(request.fountain);
  const scene = screenplay.scenes.find((candidate) => candidate.heading.toUpperCase() === request.markerName.trim().toUpperCase()) ?? screenplay.scenes[0];
  if (scene === undefined) throw new PremiereHostError('The script has no scene headings.', 'Scene headings start with INT., EXT. or a period, e.g. "INT. KITCHEN - NIGHT".');
  const plan = await planStoryboard({
    model: request.model,
    scene: { screenplay, scene },
    cast: peopleFromEntries(entriesFromScreenplay(screenplay)),
    ...omitUndefined({ style: request.style, signal: request.signal }),
  });
  return { plan, heading: scene.heading };
}
