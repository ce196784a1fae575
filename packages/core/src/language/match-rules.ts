import type { LanguageRule } from './language-rule.js';
import { wordTokens, type WordToken } from '../text/word-tokens.js';
import { isPhraseGap } from './is-phrase-gap.js';

/** A rule phrase found in a text: `start`/`end` index the text. */
export interface RuleMatch {
  readonly rule: LanguageRule;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

interface Candidate {
  readonly rule: LanguageRule;
  readonly phrase: string;
  readonly words: readonly string[];
}

/** Index of phrases by their first word, longest phrase first, so one pass over the words finds every rule. */
export type RuleIndex = ReadonlyMap<string, readonly Candidate[]>;

/** Words compared while matching, since load: the linearity test reads it (work per word, no clock). */
export const ruleMatchWork = { steps: 0 };

/** Builds the first-word index for a rule set once; matching is then one map lookup per word. */
export function createRuleIndex(rules: readonly LanguageRule[]): RuleIndex {
  const index = new Map<string, Candidate[]>();
  for (const rule of rules) {
    for (const phrase of rule.phrases) {
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      const candidates = index.get(first);
      if (candidates === undefined) index.set(first, [{ rule, phrase, words }]);
      else candidates.push({ rule, phrase, words });
    }
  }
  for (const candidates of index.values()) candidates.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** Every rule phrase in a text, left to right, the longest at each place, never overlapping. */
export function matchRules(text: string, index: RuleIndex): RuleMatch[] {
  const tokens = wordTokens(text);
  const matches: RuleMatch[] = [];
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    const candidates = token === undefined ? undefined : index.get(token.lower);
    if (token === undefined || candidates === undefined) continue;
    for (const candidate of candidates) {
      ruleMatchWork.steps += candidate.words.length;
      const last = position + candidate.words.length - 1;
      if (!candidate.words.every((word, offset) => fits(text, tokens, position + offset, word, offset === 0))) continue;
      const next = tokens[last + 1];
      if (next !== undefined && isPhraseGap(text, tokens[last]?.end ?? 0, next.start) && candidate.rule.unlessFollowedBy?.includes(next.lower) === true) continue;
      matches.push({ rule: candidate.rule, phrase: candidate.phrase, start: token.start, end: tokens[last]?.end ?? token.end });
      position = last;
      break;
    }
  }
  return matches;
}

/** Whether the word at `at` is `word` and, unless it starts the phrase, follows the previous word across a space or hyphen. */
function fits(text: string, tokens: readonly WordToken[], at: number, word: string, first: boolean): boolean {
  const token = tokens[at];
  if (token === undefined || token.lower !== word) return false;
  const previous = tokens[at - 1];
  return first || (previous !== undefined && isPhraseGap(text, previous.end, token.start));
}
