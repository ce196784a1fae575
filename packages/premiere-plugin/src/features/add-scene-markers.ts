import type { TimedWord } from '@reelkit/core/models';
import { parseFountain } from '@reelkit/core/screenplay';
import { alignScript, type ScriptAlignment } from '../markers/align-script.js';
import { planSceneMarkers } from '../markers/plan-scene-markers.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { frameRateFromTicksPerFrame } from '../time/frame-rate.js';
import { ticksToSeconds } from '../time/ticks.js';

/** Script-aware markers: what was added and the edit-to-script alignment report. */
export interface SceneMarkersResult {
  readonly added: number;
  readonly alignment: ScriptAlignment;
}

// 24 fps, for a sequence that reports no timebase.
const fallbackTicksPerFrame = 10_584_000_000n;

/**
 * Adds a chapter marker per Fountain scene heading to the active sequence, in one undo step: placed where the
 * scene's dialogue is heard in `editWords` (a transcript of the sequence), else by the script's page lengths.
 */
export async function addSceneMarkers(host: PremiereHost, fountain: string, editWords: readonly TimedWord[] = []): Promise<SceneMarkersResult> {
  const sequence = await host.readActiveSequence();
  if (sequence === undefined) throw new PremiereHostError('No sequence is active.', 'Open a sequence in the Timeline panel, then try again.');
  const screenplay = parseFountain(fountain);
  if (screenplay.scenes.length === 0) throw new PremiereHostError('The script has no scene headings.', 'Scene headings start with INT., EXT. or a period, e.g. "INT. KITCHEN - NIGHT".');
  const editSeconds = ticksToSeconds(sequence.endTicks);
  const rate = frameRateFromTicksPerFrame(sequence.ticksPerFrame > 0n ? sequence.ticksPerFrame : fallbackTicksPerFrame);
  const alignment = alignScript(screenplay, editWords, editSeconds);
  const added = await host.addMarkers(planSceneMarkers(alignment, rate, editSeconds), 'Reelkit: scene markers');
  return { added, alignment };
}
