// The fiction-aware inclusive-language lint: rules as data, narration by default, prose and Fountain.
export type { LanguageRule } from './language-rule.js';
export { languageRules } from './language-rules.js';
export { createLanguageLinter, type LanguageLinter, type LanguageLintOptions } from './language-linter.js';
export { lintProse } from './lint-prose.js';
