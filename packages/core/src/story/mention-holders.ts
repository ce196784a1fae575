import { foldCase } from './fold-case.js';
import type { Mention } from './mention.js';

/**
 * Which sections hold matches of which form of which entry, so that dropping a name visits only the sections that
 * used it. A match's form is its text folded with each whitespace run as one space: the form of the pattern it matched.
 */
export interface MentionHolders {
  /** Records the forms of matches found in a section. */
  add(sectionId: string, matches: readonly Mention[]): void;
  /** Forgets everything recorded for a section. */
  forget(sectionId: string): void;
  /** The sections holding any of these forms of the entry, forgetting those records (the matches are being dropped). */
  take(entryId: string, forms: ReadonlySet<string>): Set<string>;
  /** The form of a match's text. */
  formOf(text: string): string;
}

/** Creates an empty record. */
export function createMentionHolders(): MentionHolders {
  /** `entryId \0 form` -> section ids. */
  const sectionsByKey = new Map<string, Set<string>>();
  const keysBySection = new Map<string, Set<string>>();
  // A name is usually spelled the same way throughout (`Mara`, `MARA`), so each spelling is folded once.
  let forms = new Map<string, string>();

  const holders: MentionHolders = {
    add(sectionId, matches) {
      const keys = keysBySection.get(sectionId) ?? new Set<string>();
      keysBySection.set(sectionId, keys);
      for (const match of matches) {
        const key = `${match.entryId}\u0000${holders.formOf(match.text)}`;
        if (keys.has(key)) continue;
        keys.add(key);
        sectionsByKey.set(key, (sectionsByKey.get(key) ?? new Set<string>()).add(sectionId));
      }
    },
    forget(sectionId) {
      for (const key of keysBySection.get(sectionId) ?? []) sectionsByKey.get(key)?.delete(sectionId);
      keysBySection.delete(sectionId);
    },
    take(entryId, dropped) {
      const found = new Set<string>();
      for (const form of dropped) {
        const key = `${entryId}\u0000${form}`;
        for (const sectionId of sectionsByKey.get(key) ?? []) {
          found.add(sectionId);
          keysBySection.get(sectionId)?.delete(key);
        }
        sectionsByKey.delete(key);
      }
      return found;
    },
    formOf(text) {
      let form = forms.get(text);
      if (form === undefined) {
        if (forms.size > 50_000) forms = new Map();
        forms.set(text, (form = foldCase(text).replace(/\s+/gu, ' ')));
      }
      return form;
    },
  };
  return holders;
}
