import { computeStatistics } from '../../pagination/screenplay-statistics.js';
import type { Screenplay } from '../../screenplay/screenplay.js';

/** Seconds of screen time per eighth of a page, by the one-page-a-minute rule the statistics use. */
export const secondsPerEighth = 7.5;

/** A one-scene screenplay's estimated screen time in seconds, from its length in eighths of a page. */
export function sceneDurationSeconds(scene: Screenplay): number {
  const eighths = computeStatistics(scene).scenes.reduce((sum, item) => sum + item.eighths, 0);
  return Math.max(1, eighths) * secondsPerEighth;
}
