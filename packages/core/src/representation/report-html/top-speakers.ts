import type { ReportCharacter } from '../screenplay-report.js';

/** How many characters a chart names one by one before it folds the rest into one "N others" entry. */
export const chartCharacterLimit = 20;

/** The characters a chart shows by name, most words first, and the rest it folds into one entry. */
export interface TopSpeakers {
  readonly shown: readonly ReportCharacter[];
  readonly others: readonly ReportCharacter[];
}

/**
 * The `limit` characters with the most dialogue (ties keep script order) and the others. Up to `limit + 1`
 * characters all stay: folding a single character into "1 others" would hide a name to save no room.
 */
export function topSpeakers(characters: readonly ReportCharacter[], limit = chartCharacterLimit): TopSpeakers {
  const byWords = [...characters].sort((a, b) => b.words - a.words);
  if (byWords.length <= limit + 1) return { shown: byWords, others: [] };
  return { shown: byWords.slice(0, limit), others: byWords.slice(limit) };
}
