import type { Finding } from '@reelkit/core/findings';
import { languageRules, type LanguageRule } from '@reelkit/core/language';

/**
 * The word a language finding can be fixed with, or `undefined` when its suggestion is advice ("describe the action
 * itself") rather than a replacement: only a rule's listed replacements become quick fixes.
 */
export function languageReplacement(finding: Finding, rules: readonly LanguageRule[] = languageRules): string | undefined {
  if (finding.category !== 'language' || finding.suggestion === undefined) return undefined;
  const rule = rules.find((candidate) => candidate.id === finding.ruleId);
  return Object.values(rule?.replacements ?? {}).includes(finding.suggestion) ? matchCase(finding.evidence ?? '', finding.suggestion) : undefined;
}

/** Keeps the writer's capitalisation: `Chairman` → `Chair`, `FIREMEN` → `FIREFIGHTERS`. */
function matchCase(actual: string, replacement: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase()) return replacement.toUpperCase();
  const first = actual.charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
