import type { StoryEntry } from '@reelkit/core/story';
import { omitUndefined } from '@reelkit/core/runtime';

/** Where an `@name` being typed starts and what has been typed after the `@`. */
export interface SuggestTrigger {
  /** Column of the `@`. */
  readonly start: number;
  readonly query: string;
}

/** One completion: the entry and the name or alias that matched. */
export interface EntrySuggestion {
  readonly entryId: string;
  readonly name: string;
  /** The alias that matched, when it was not the name. */
  readonly alias?: string;
  readonly type: StoryEntry['type'];
}

/** Finds an `@query` ending at `column` of `line` (the `@` at the line start or after a space or bracket). */
export function findSuggestTrigger(line: string, column: number): SuggestTrigger | undefined {
  const before = line.slice(0, column);
  const at = before.lastIndexOf('@');
  if (at === -1) return undefined;
  const query = before.slice(at + 1);
  const previous = before[at - 1];
  if (previous !== undefined && !/[\s([{"'“]/.test(previous)) return undefined;
  if (query.length > 40 || /[\n@\]]/.test(query) || /^\s/.test(query)) return undefined;
  return { start: at, query };
}

/** Entries whose name or an alias starts with the query (then contains it), names first; case and accents ignored. */
export function suggestEntries(entries: readonly StoryEntry[], query: string, limit = 10): EntrySuggestion[] {
  const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(query.trim());
  const ranked: { suggestion: EntrySuggestion; rank: number }[] = [];
  for (const entry of entries) {
    const names = [entry.name, ...entry.aliases];
    // Rank 0: the name starts with the query; 1: an alias does; 2: the name contains it; 3: an alias does.
    const candidates = names.flatMap((name, position) => {
      const folded = fold(name);
      const match = folded.startsWith(wanted) ? 0 : folded.includes(wanted) ? 2 : -1;
      return match === -1 ? [] : [{ rank: match + (position === 0 ? 0 : 1), alias: position === 0 ? undefined : name }];
    });
    const best = candidates.sort((a, b) => a.rank - b.rank)[0];
    if (best === undefined) continue;
    ranked.push({ suggestion: { entryId: entry.id, name: entry.name, type: entry.type, ...omitUndefined({ alias: best.alias }) }, rank: best.rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.suggestion.name.localeCompare(b.suggestion.name))
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}
