import { computeStatistics } from '../../pagination/screenplay-statistics.js';
import type { Screenplay } from '../../screenplay/screenplay.js';
import type { HighlightSegment } from './plan-highlights.js';
import { secondsPerEighth } from '../scene/scene-duration-seconds.js';

/**
 * Every scene as a highlight segment, timed by its page length (an eighth of a page is 7.5 s) from the start of the
 * script: a plan for a script not yet shot. Once there is footage, use transcript segments with real times.
 */
export function highlightSegmentsFromScreenplay(screenplay: Screenplay): HighlightSegment[] {
  const eighths = new Map(computeStatistics(screenplay).scenes.map((scene) => [scene.id, scene.eighths]));
  let at = 0;
  return screenplay.scenes.map((scene) => {
    const start = at;
    at += (eighths.get(scene.id) ?? 1) * secondsPerEighth;
    const text = screenplay.elements
      .slice(scene.elementStart, scene.elementEnd)
      .map((element) => element.text)
      .join('\n');
    return { id: scene.id, text, start, end: at, label: scene.heading };
  });
}
