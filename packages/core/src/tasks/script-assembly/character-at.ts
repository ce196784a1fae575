import type { AttributedLine } from './attribute-spoken-lines.js';

/** The character who speaks most of the time from `start` to `end`, by attributed lines; undefined if none does. */
export function characterAt(lines: readonly AttributedLine[], start: number, end: number): string | undefined {
  const overlap = new Map<string, number>();
  for (const line of lines) {
    const shared = Math.min(end, line.end) - Math.max(start, line.start);
    if (line.character !== undefined && shared > 0) overlap.set(line.character, (overlap.get(line.character) ?? 0) + shared);
  }
  let found: [string, number] | undefined;
  for (const entry of overlap) if (found === undefined || entry[1] > found[1]) found = entry;
  return found?.[0];
}
