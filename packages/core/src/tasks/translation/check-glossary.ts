import type { Finding } from '../../findings/finding.js';
import { createMentionMatcher, type MentionMatcher } from '../../story/mention-matcher.js';
import { createStoryEntry } from '../../story/story-entry.js';
import type { GlossaryTerm } from './glossary-term.js';

/** A source text and its translation, e.g. one caption cue. */
export interface TranslatedText {
  readonly source: string;
  readonly target: string;
  /** How the finding names the place, e.g. `Cue 12 (00:01:02.500)`. */
  readonly label: string;
}

/**
 * A finding for every glossary term the source uses whose required rendering the translation lacks. Matching is
 * the story bible's (Unicode word boundaries, capitalised one-word names match capitalised text only), so "Rose"
 * the character is checked and "rose" the flower is not.
 */
export function checkGlossary(texts: readonly TranslatedText[], glossary: readonly GlossaryTerm[], targetLanguage: string): Finding[] {
  if (glossary.length === 0) return [];
  const toEntry = (name: string, index: number) => createStoryEntry({ id: String(index), type: 'other', name });
  const sourceMatcher = createMentionMatcher(glossary.map((term, index) => toEntry(term.term, index)));
  // One matcher per required rendering, built when a source first uses the term.
  const targetMatchers = new Map<number, MentionMatcher>();
  const targetMatcher = (index: number, expected: string): MentionMatcher => {
    const known = targetMatchers.get(index);
    if (known !== undefined) return known;
    const matcher = createMentionMatcher([toEntry(expected, 0)]);
    targetMatchers.set(index, matcher);
    return matcher;
  };
  const findings: Finding[] = [];
  for (const text of texts) {
    const used = new Set(sourceMatcher.findMentions(text.source).map((mention) => Number(mention.entryId)));
    for (const index of used) {
      const term = glossary[index];
      if (term === undefined) continue;
      const expected = term.translation ?? term.term;
      const found = targetMatcher(index, expected).findMentions(text.target).length > 0;
      if (found) continue;
      findings.push({
        ruleId: 'translation.glossary-term-lost',
        category: 'language',
        severity: 'warning',
        message: `${text.label}: "${term.term}" should appear in the ${targetLanguage} text as "${expected}", but does not.`,
        evidence: text.target,
        suggestion: `Edit the cue to use "${expected}", or update the glossary if the translation is right.`,
      });
    }
  }
  return findings;
}
