import { createLanguageLinter } from '../language/language-linter.js';
import { lintProse } from '../language/lint-prose.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import type { TextCheck } from './text-check.js';

/**
 * The inclusive-language lint on every generated output of prose (a novel's narration, an image prompt), with the
 * rules and findings the editor shows. Findings are suggestions, never a block.
 */
export function createLanguageCheck(): TextCheck {
  return { id: 'language', stages: ['output'], run: ({ text }) => lintProse(text) };
}

/**
 * The same lint on generated Fountain: action and narration only, as in the editor — dialogue is a character's voice.
 * Its own function so that hosts writing prose do not bundle the Fountain parser.
 */
export function createFountainLanguageCheck(): TextCheck {
  const linter = createLanguageLinter();
  return { id: 'language', stages: ['output'], run: ({ text }) => linter.lint(parseFountain(text)) };
}
