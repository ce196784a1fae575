import { createFountainLanguageCheck, type Guard, type GuardedTextModel } from '@reelkit/core/guard';
import type { ModerationModel, TextModel } from '@reelkit/core/models';
import { createSessionChecks, type CheckSettings } from '@reelkit/core/session';

/** What a writing command generates with: the model that writes, and its provider's moderation where it has one. */
export interface WritingModels {
  readonly text: TextModel;
  /** OpenAI's; absent for local servers and VS Code's models. */
  readonly moderation: ModerationModel | undefined;
}

/**
 * The writing model behind `guard` with the checks the user left on: originality always, the language lint on
 * narration, and moderation where the provider has it. The guard keeps the session's call policy and the script's ledger.
 */
export function guardWritingModel(guard: Guard, models: WritingModels, checks: CheckSettings): GuardedTextModel {
  return guard.withChecks(createSessionChecks(checks, models.moderation, createFountainLanguageCheck)).text(models.text);
}
