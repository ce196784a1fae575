import type { ScreenplayReport } from '../screenplay-report.js';
import { conversationCircle } from './conversation-circle.js';
import { conversationMatrixChart } from './conversation-matrix.js';

/** Most characters the circle shows; past this the labels crowd the rim and lines cross in a knot, so a grid reads better. */
export const circleCharacterLimit = 15;

/** Who talks to whom: a circle of characters for a small cast, a grid of the most talkative for a large one. */
export function conversationChart(report: ScreenplayReport): string {
  return report.characters.length <= circleCharacterLimit ? conversationCircle(report) : conversationMatrixChart(report);
}
