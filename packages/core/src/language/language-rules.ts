import type { LanguageRule } from './language-rule.js';
import { ageRules } from './age-rules.js';
import { disabilityRules } from './disability-rules.js';
import { genderRules } from './gender-rules.js';
import { racialRules } from './racial-rules.js';
import { createSlurRule } from './slur-rule.js';

// Only words a writer would change in their own narration. No rule fires on pronouns or family words: in fiction
// "his mother" is a character, not a generalisation. Dialogue is a character's voice and is linted only on request.
// Each rule file lists the words it leaves out on purpose, and why.

const handWritten: readonly LanguageRule[] = [...genderRules, ...disabilityRules, ...racialRules, ...ageRules];

/** The rules of the language lint, in report order: ours first, then the slurs of the `cuss` word list. */
export const languageRules: readonly LanguageRule[] = [...handWritten, createSlurRule(handWritten)];
