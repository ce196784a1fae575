import { foldCase } from './fold-case.js';
import type { Mention } from './mention.js';
import { anchorsOf, anchorWindows, mergeWindows } from './mention-anchors.js';
import { createMentionAutomaton, type MentionAutomaton } from './mention-automaton.js';
import { createMentionHolders } from './mention-holders.js';
import { hasAllKeys, textKeys } from './mention-keys.js';
import type { MentionMatcherOptions } from './mention-matcher.js';
import { compileMentionPatterns, isSamePattern, type MentionPattern, type NamedEntry } from './mention-pattern.js';
import { compareCandidates, mergeSortedCandidates, selectSortedMentions } from './select-mentions.js';

/** What an incremental index has read and built since it was created; tests and benches count it. */
export interface MentionIndexWork {
  /** Characters an automaton read (a whole section, or the windows around a new name's occurrences). */
  readonly charactersScanned: number;
  /** Characters searched with `indexOf` for a new name, in the sections whose words include it. */
  readonly charactersSearched: number;
  /** Sections matched whole (new or edited text). */
  readonly sectionsScanned: number;
  /** Name forms compiled into patterns (only for entries whose names changed). */
  readonly patternsCompiled: number;
  /** Automata built over every entry; edits build small ones over the changed names only. */
  readonly fullRebuilds: number;
}

/**
 * Mentions of entries in sections, kept up to date edit by edit; `mentionsIn` always equals what
 * `createMentionMatcher(entries).findMentions(text)` finds. An entry whose names did not change costs nothing; one
 * whose names changed drops the mentions of its old forms from the sections that had them and looks for its new forms
 * only in the sections whose words include them. An edited section is matched again when next read.
 */
export interface IncrementalMentionIndex {
  /** Adds or replaces an entry; returns the ids of the sections whose mentions were recomputed. */
  setEntry(entry: NamedEntry): string[];
  removeEntry(id: string): string[];
  /** Adds or replaces a section's text; nothing is matched until its mentions are read. */
  setSection(id: string, text: string): void;
  removeSection(id: string): void;
  /** The section's mentions (offsets relative to the section); none for an unknown id. */
  mentionsIn(id: string): readonly Mention[];
  /** A snapshot of the work done so far. */
  readonly work: MentionIndexWork;
}

interface EntryState {
  readonly names: string;
  readonly patterns: readonly MentionPattern[];
}

interface SectionState {
  readonly text: string;
  folded: string;
  /** Undefined until the section is matched. */
  keys: Uint32Array | undefined;
  /**
   * Every match before overlaps are resolved, in `compareCandidates` order, so a name change can add or drop some
   * without re-reading the rest and choose the mentions in one pass.
   */
  candidates: Mention[];
  mentions: Mention[];
}

/** Creates an empty index (see `IncrementalMentionIndex`). */
export function createIncrementalMentionIndex(options: MentionMatcherOptions = {}): IncrementalMentionIndex {
  const caseSensitivity = options.caseSensitivity ?? 'smart';
  const entries = new Map<string, EntryState>();
  const sections = new Map<string, SectionState>();
  const holders = createMentionHolders();
  // Edited sections are matched by an automaton over every entry, built rarely, plus one over the entries whose
  // names changed since (`pending`), whose matches in the first are ignored.
  let whole: { automaton: MentionAutomaton; names: Map<string, string> } | undefined;
  const pending = new Set<string>();
  let pendingAutomaton: MentionAutomaton | undefined;
  let matchedSections = 0;
  const work = { charactersScanned: 0, charactersSearched: 0, sectionsScanned: 0, patternsCompiled: 0, fullRebuilds: 0 };

  const forget = (sectionId: string, section: SectionState): void => {
    holders.forget(sectionId);
    if (section.keys !== undefined) matchedSections -= 1;
  };
  const notePending = (id: string, names: string | undefined): void => {
    if (whole?.names.get(id) === names) pending.delete(id);
    else pending.add(id);
    pendingAutomaton = undefined;
  };

  const automata = (): { whole: MentionAutomaton; pending: MentionAutomaton | undefined } => {
    if (whole === undefined || pending.size > Math.max(32, entries.size / 8)) {
      work.fullRebuilds += 1;
      whole = { automaton: createMentionAutomaton([...entries.values()].flatMap((entry) => entry.patterns)), names: new Map([...entries].map(([id, entry]) => [id, entry.names])) };
      pending.clear();
    }
    if (pending.size > 0) pendingAutomaton ??= createMentionAutomaton([...pending].flatMap((id) => entries.get(id)?.patterns ?? []));
    return { whole: whole.automaton, pending: pending.size > 0 ? pendingAutomaton : undefined };
  };

  const scan = (sectionId: string, section: SectionState): void => {
    const current = automata();
    section.folded = foldCase(section.text);
    const found = current.whole.findCandidates(section.text, section.folded);
    const candidates = pending.size === 0 ? found : found.filter((candidate) => !pending.has(candidate.entryId));
    work.charactersScanned += section.text.length;
    if (current.pending !== undefined) {
      candidates.push(...current.pending.findCandidates(section.text, section.folded));
      work.charactersScanned += section.text.length;
    }
    work.sectionsScanned += 1;
    matchedSections += 1;
    section.keys = textKeys(section.folded);
    section.candidates = candidates.sort(compareCandidates);
    section.mentions = selectSortedMentions(section.candidates);
    holders.add(sectionId, section.candidates);
  };

  /** Finds the new patterns' matches in matched sections, reading only around occurrences of their anchors. */
  const findAdded = (added: readonly MentionPattern[], touched: Set<string>): void => {
    const anchors = anchorsOf(added);
    let automaton: MentionAutomaton | undefined;
    for (const [sectionId, section] of sections) {
      const keys = section.keys;
      if (keys === undefined) continue;
      const windows: number[] = [];
      for (const anchor of anchors) {
        if (!anchor.keySets.some((required) => hasAllKeys(keys, required))) continue;
        work.charactersSearched += section.folded.length;
        windows.push(...anchorWindows(section.folded, anchor));
      }
      const merged = mergeWindows(windows);
      for (let index = 0; index < merged.length; index += 2) {
        const from = merged[index] as number;
        const to = merged[index + 1] as number;
        work.charactersScanned += to - from;
        const found = (automaton ??= createMentionAutomaton(added)).findCandidates(section.text, section.folded, from, to);
        if (found.length > 0) {
          section.candidates = mergeSortedCandidates(section.candidates, found.sort(compareCandidates));
          holders.add(sectionId, found);
          touched.add(sectionId);
        }
      }
    }
  };

  /** Applies a change of one entry's patterns to the sections already matched. */
  const changePatterns = (entryId: string, before: readonly MentionPattern[], after: readonly MentionPattern[]): string[] => {
    const removed = new Set(before.filter((pattern) => !after.some((other) => isSamePattern(pattern, other))).map((pattern) => pattern.form));
    const added = after.filter((pattern) => !before.some((other) => isSamePattern(pattern, other)));
    const touched = new Set<string>();
    for (const sectionId of holders.take(entryId, removed)) {
      const section = sections.get(sectionId) as SectionState;
      section.candidates = section.candidates.filter((candidate) => candidate.entryId !== entryId || !removed.has(holders.formOf(candidate.text)));
      touched.add(sectionId);
    }
    // Sections not matched yet will be matched whole with the current names, so a vault still loading costs nothing here.
    if (added.length > 0 && matchedSections > 0) findAdded(added, touched);
    for (const sectionId of touched) {
      const section = sections.get(sectionId) as SectionState;
      section.mentions = selectSortedMentions(section.candidates);
    }
    return [...touched];
  };

  const ensureMatched = (sectionId: string): SectionState | undefined => {
    const section = sections.get(sectionId);
    if (section !== undefined && section.keys === undefined) scan(sectionId, section);
    return section;
  };

  return {
    setEntry(entry) {
      const names = [...new Set([entry.name, ...entry.aliases])].sort().join('\n');
      const previous = entries.get(entry.id);
      if (previous?.names === names) return [];
      const patterns = compileMentionPatterns([entry], caseSensitivity);
      work.patternsCompiled += patterns.length;
      entries.set(entry.id, { names, patterns });
      notePending(entry.id, names);
      return changePatterns(entry.id, previous?.patterns ?? [], patterns);
    },
    removeEntry(id) {
      const previous = entries.get(id);
      if (previous === undefined) return [];
      entries.delete(id);
      notePending(id, undefined);
      return changePatterns(id, previous.patterns, []);
    },
    setSection(id, text) {
      const previous = sections.get(id);
      if (previous?.text === text) return;
      if (previous !== undefined) forget(id, previous);
      sections.set(id, { text, folded: '', keys: undefined, candidates: [], mentions: [] });
    },
    removeSection(id) {
      const previous = sections.get(id);
      if (previous !== undefined) forget(id, previous);
      sections.delete(id);
    },
    mentionsIn: (id) => ensureMatched(id)?.mentions ?? [],
    get work() {
      return { ...work };
    },
  };
}
