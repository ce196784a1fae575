import type { StoryEntry, StoryEntryType } from '../../story/story-entry.js';
import type { GlossaryTerm } from './glossary-term.js';

/**
 * Glossary from story-bible entries (or `entriesFromScreenplay` for a script's characters): each name and alias is
 * kept verbatim, one spelling per name whatever its case (a script's `MARA` and `Mara` are one term). Characters
 * only by default: a script's locations are often common nouns (`LIGHTHOUSE`) that must be translated; pass
 * `['character', 'location']` when the places are proper names. Private entries are left out.
 */
export function glossaryFromEntries(entries: readonly StoryEntry[], types: readonly StoryEntryType[] = ['character']): GlossaryTerm[] {
  const terms = new Map<string, GlossaryTerm>();
  for (const entry of entries) {
    if (entry.private === true || !types.includes(entry.type)) continue;
    for (const name of [entry.name, ...entry.aliases].map((term) => term.trim())) {
      const key = name.toLocaleLowerCase();
      if (name !== '' && !terms.has(key)) terms.set(key, { term: name });
    }
  }
  return [...terms.values()];
}
