import { foldCase } from './fold-case.js';
import type { StoryEntry } from './story-entry.js';

/**
 * Maps each entry's links, written as ids, names or aliases (as in `[[Mara Voss]]`), to entry ids; links that name
 * no entry, and links to the entry itself, are dropped. Ids win over names; matching ignores case.
 */
export function resolveEntryLinks(entries: readonly StoryEntry[]): StoryEntry[] {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const entry of entries) {
    ids.set(foldCase(entry.id), entry.id);
    for (const name of [entry.name, ...entry.aliases]) if (!names.has(foldCase(name))) names.set(foldCase(name), entry.id);
  }
  return entries.map((entry) => {
    const links = entry.links
      .map((link) => ids.get(foldCase(link.trim())) ?? names.get(foldCase(link.trim())))
      .filter((id): id is string => id !== undefined && id !== entry.id);
    return { ...entry, links: [...new Set(links)] };
  });
}
