import type { NewMarker } from '../ports/premiere-host.js';
import { alignToFrame } from '../time/frame-ticks.js';
import type { FrameRate } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';
import type { ScriptAlignment } from './align-script.js';

/**
 * One chapter marker per scene heading, named after it: at the scene's first heard line when the alignment found it,
 * else right after the scene before it in the script (where that was heard), else at its scripted place. Each marker
 * runs to the next and lands on a frame boundary; the comment says how the scene was placed.
 */
export function planSceneMarkers(alignment: ScriptAlignment, rate: FrameRate, editSeconds: number): NewMarker[] {
  let previousEnd: number | undefined;
  const placed = alignment.scenes
    .map((scene) => {
      const at = scene.editStart ?? previousEnd ?? scene.scriptedStart;
      previousEnd = scene.editEnd ?? (scene.editStart === undefined && previousEnd !== undefined ? previousEnd : undefined);
      return { scene, at };
    })
    .sort((a, b) => a.at - b.at);
  return placed.map(({ scene, at }, index) => {
    const start = alignToFrame(secondsToTicks(at), rate);
    const end = alignToFrame(secondsToTicks(placed[index + 1]?.at ?? editSeconds), rate);
    const note =
      scene.status === 'missing'
        ? 'Not found in the edit: placed by the script.'
        : scene.status === 'no-dialogue'
          ? 'No dialogue to match: placed by the script.'
          : `Dialogue heard: ${Math.round(scene.dialogueCoverage * 100)}%${scene.status === 'moved' ? ' (moved earlier than the script)' : ''}.`;
    return { name: scene.heading, kind: 'chapter', startTicks: start, durationTicks: end > start ? end - start : 0n, comments: note };
  });
}
