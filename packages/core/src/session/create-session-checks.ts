import type { ModerationModel } from '../models/moderation-model.js';
import { createLanguageCheck } from '../guard/language-check.js';
import { createModerationCheck } from '../guard/moderation-check.js';
import { createOriginalityCheck } from '../guard/originality-check.js';
import type { TextCheck } from '../guard/text-check.js';

/** The user's choice of checks on generated text; every host shows both switches in its settings. */
export interface CheckSettings {
  /** The provider's moderation on every output, where the provider has one (OpenAI). On by default. */
  readonly moderation: boolean;
  /** The inclusive-language lint on every output. On by default. */
  readonly language: boolean;
}

/** Both checks on: what a new install starts with. */
export const defaultCheckSettings: CheckSettings = { moderation: true, language: true };

/**
 * The checks a session's guard runs: originality always (it costs nothing and protects the writer), the language lint
 * and moderation as the user set them. Moderation needs a moderation model; local servers have none, so it is skipped.
 * `languageCheck` is the prose lint by default; a host writing Fountain passes `createFountainLanguageCheck`.
 */
export function createSessionChecks(settings: CheckSettings, moderation: ModerationModel | undefined, languageCheck: () => TextCheck = createLanguageCheck): TextCheck[] {
  return [
    createOriginalityCheck(),
    ...(settings.language ? [languageCheck()] : []),
    ...(settings.moderation && moderation !== undefined ? [createModerationCheck(moderation)] : []),
  ];
}
