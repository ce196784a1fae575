import { createLanguageLinter } from '../checks/bias/language-linter.js';
import { lintProse } from '../checks/bias/lint-prose.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import type { TextCheck } from './text-check.js';

/** What the generated text is: Fountain (only narration is linted, as in the editor) or plain prose. */
export type LanguageCheckFormat = 'fountain' | 'prose';

/**
 * The inclusive-language lint on every generated output, with the rules and findings the editor shows. On Fountain it
 * lints action and narration only: dialogue is a character's voice. Findings are suggestions, never a block.
 */
export function createLanguageCheck(format: LanguageCheckFormat = 'prose'): TextCheck {
  const linter = format === 'fountain' ? createLanguageLinter() : undefined;
  return {
    id: 'language',
    stages: ['output'],
    run: ({ text }) => (linter === undefined ? lintProse(text) : linter.lint(parseFountain(text))),
  };
}
