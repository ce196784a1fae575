import type { Finding } from '@reelkit/core/findings';
import type { LanguageRule } from '@reelkit/core/language';
import { describe, expect, it } from 'vitest';
import { languageReplacement } from './language-replacement.js';

const rules: LanguageRule[] = [
  { id: 'lang.job', phrases: ['fireman', 'chairman'], replacements: { fireman: 'firefighter', chairman: 'chair' }, suggestion: 'the job without the gender', explanation: 'Jobs have no gender.' },
];
const finding = (evidence: string, suggestion: string): Finding => ({ ruleId: 'lang.job', category: 'language', severity: 'warning', message: 'm', evidence, suggestion });

describe('languageReplacement', () => {
  it('offers a listed replacement in the writer’s case', () => {
    expect(languageReplacement(finding('fireman', 'firefighter'), rules)).toBe('firefighter');
    expect(languageReplacement(finding('Chairman', 'chair'), rules)).toBe('Chair');
    expect(languageReplacement(finding('FIREMAN', 'firefighter'), rules)).toBe('FIREFIGHTER');
  });

  it('offers nothing when the suggestion is advice', () => {
    expect(languageReplacement(finding('foreman', 'the job without the gender'), rules)).toBeUndefined();
  });
});
