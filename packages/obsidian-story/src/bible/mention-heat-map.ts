import type { MentionIndex, StoryEntry } from '@reelkit/core/story';

/** One row of the heat map: an entry's mention count per scene, in story order. */
export interface HeatMapRow {
  readonly entryId: string;
  readonly name: string;
  readonly counts: readonly number[];
  readonly total: number;
}

/** Mentions of every entry across the scenes: the columns are the index's sections in order. */
export interface MentionHeatMap {
  readonly scenes: readonly { readonly id: string; readonly label: string }[];
  /** Entries mentioned at least once, most mentioned first (ties by name). */
  readonly rows: readonly HeatMapRow[];
  /** The largest cell, for scaling the colours. */
  readonly max: number;
}

/** Builds the heat map from the mention index alone (no text is scanned). */
export function mentionHeatMap(entries: readonly StoryEntry[], index: MentionIndex): MentionHeatMap {
  const columns = new Map(index.sections.map((section, column) => [section.id, column]));
  const counts = new Map<string, number[]>();
  for (const section of index.sections) {
    const column = columns.get(section.id) ?? 0;
    for (const mention of section.mentions) {
      const row = counts.get(mention.entryId) ?? new Array<number>(index.sections.length).fill(0);
      row[column] = (row[column] ?? 0) + 1;
      counts.set(mention.entryId, row);
    }
  }
  const rows = entries
    .filter((entry) => counts.has(entry.id))
    .map((entry) => {
      const row = counts.get(entry.id) ?? [];
      return { entryId: entry.id, name: entry.name, counts: row, total: row.reduce((sum, count) => sum + count, 0) };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return {
    scenes: index.sections.map((section) => ({ id: section.id, label: section.label })),
    rows,
    max: Math.max(0, ...rows.flatMap((row) => row.counts)),
  };
}
