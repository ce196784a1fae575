import { foldCase } from './fold-case.js';
import type { Mention } from './mention.js';
import { createMentionAutomaton } from './mention-automaton.js';
import { compileMentionPatterns, type NamedEntry } from './mention-pattern.js';
import { selectMentions } from './select-mentions.js';

/** How names are compared with the text. */
export interface MentionMatcherOptions {
  /**
   * `smart` (default): case-insensitive, but a one-word name that starts with a capital (`Rose`) only matches text
   * that starts with a capital (`Rose`, `ROSE`), so the flower `rose` is no mention; names of several words (`The
   * Great Lens`) and names that start in lower case (`the keeper`) match in any case. `insensitive`: any case matches.
   */
  readonly caseSensitivity?: 'smart' | 'insensitive';
}

/** Finds mentions of many entries in one pass over a text. */
export interface MentionMatcher {
  /**
   * Mentions in `text`, in order, without overlaps: the leftmost, then longest, match wins (`New York` over `York`);
   * entries sharing a name are all reported, in id order.
   */
  findMentions(text: string): Mention[];
}

/**
 * A matcher over the case-folded names, aliases and their English variants of the entries (see `createMentionAutomaton`).
 * Names in scripts written without spaces (Chinese, Japanese, Korean, Thai...) need no boundary on their unspaced side,
 * since the neighbouring character is usually another word; a one-character CJK alias will therefore also match
 * inside longer words.
 */
export function createMentionMatcher(entries: readonly NamedEntry[], options: MentionMatcherOptions = {}): MentionMatcher {
  const automaton = createMentionAutomaton(compileMentionPatterns(entries, options.caseSensitivity ?? 'smart'));
  return {
    findMentions: (text) => selectMentions(automaton.findCandidates(text, foldCase(text))),
  };
}
