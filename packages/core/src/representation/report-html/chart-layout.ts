import { widestText } from './estimate-text-width.js';

/** Font sizes of chart labels and axis labels in pixels, as report-style.ts sets them. */
export const fontSize = { label: 13, axis: 11 } as const;

/** Room between a label and what it labels, and around a chart's edge. */
export const labelGap = 8;

// The page's text column is 60rem (960px); a chart wider than this is scaled down, and its text with it.
const pageWidth = 900;
const smallestPlot = 200;
// Short names keep the column the 9-scene example always had, so small scripts look as before.
const smallestLabelColumn = 180;

/** Width of a column of right-aligned labels ending `labelGap` before the plot: fits the widest label, never clips. */
export function labelColumnWidth(labels: readonly string[], size: number = fontSize.label): number {
  return Math.max(smallestLabelColumn, widestText(labels, size) + labelGap + 4);
}

/** The plot width that keeps the whole chart within the page: `nominal` when there is room, never under 200. */
export function fitPlotWidth(nominal: number, besidePlot: number): number {
  return Math.max(smallestPlot, Math.min(nominal, pageWidth - besidePlot));
}
