import { createLineIndex, positionAt } from '../text/line-index.js';
import type { Finding } from '../findings/finding.js';
import type { LanguageRule } from './language-rule.js';
import { languageRules } from './language-rules.js';
import { createRuleIndex, matchRules, type RuleIndex } from './match-rules.js';

const defaultIndex: { value?: RuleIndex } = {};

/**
 * The language lint over plain prose — a story-bible description, a novel's narration, an image prompt — with the
 * same rules and findings as the screenplay lint, ranges counted in the text as given.
 */
export function lintProse(text: string, rules?: readonly LanguageRule[]): Finding[] {
  const index = rules === undefined ? (defaultIndex.value ??= createRuleIndex(languageRules)) : createRuleIndex(rules);
  const matches = matchRules(text, index);
  if (matches.length === 0) return [];
  const lines = createLineIndex(text);
  return matches.map(({ rule, phrase, start, end }) => {
    const actual = text.slice(start, end);
    return {
      ruleId: rule.id,
      category: 'language',
      severity: 'warning',
      message: `“${actual}”: ${rule.explanation}`,
      range: { start: positionAt(lines, start), end: positionAt(lines, end) },
      evidence: actual,
      suggestion: rule.replacements?.[phrase] ?? rule.suggestion,
    };
  });
}
