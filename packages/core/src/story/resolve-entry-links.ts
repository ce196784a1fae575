import { createResolvedEntries } from './resolved-entries.js';
import type { StoryEntry } from './story-entry.js';

/**
 * Maps each entry's links, written as ids, names or aliases (as in `[[Mara Voss]]`), to entry ids; links that name
 * no entry, and links to the entry itself, are dropped. Ids win over names (the last entry with an id, the first with
 * a name); matching ignores case. A host that edits entries one at a time keeps a `createResolvedEntries` instead.
 */
export function resolveEntryLinks(entries: readonly StoryEntry[]): StoryEntry[] {
  const resolved = createResolvedEntries();
  entries.forEach((entry, position) => resolved.set(String(position), entry));
  return [...resolved.list()];
}
