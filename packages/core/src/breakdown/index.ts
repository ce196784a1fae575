// Production breakdown: per scene setting, location, time, length and cast; totals per location and character; CSV.
export type { Breakdown, BreakdownScene, CharacterTotals, LocationTotals } from './breakdown.js';
export { createBreakdown, type BreakdownOptions } from './create-breakdown.js';
export { breakdownCsv, type BreakdownTable } from './breakdown-csv.js';
export { formatEighths } from './format-eighths.js';
export { breakdownReportSection } from './breakdown-report-section.js';
