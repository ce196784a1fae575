import { ReelkitError } from '../../errors/reelkit-error.js';

/** A prompt template could not be rendered: a slot has no value, or the template text is malformed. A bug, not user content. */
export class PromptTemplateError extends ReelkitError {
  readonly templateId: string;
  /** The slot at fault, when there is one. */
  readonly slot: string | undefined;

  constructor(templateId: string, message: string, slot?: string) {
    super({
      code: 'invalid_argument',
      message: `The prompt template "${templateId}" cannot be rendered: ${message}`,
      hint: slot === undefined ? 'Fix the template text: each slot is written {{name}}.' : `Pass a value for the slot "${slot}".`,
    });
    this.name = 'PromptTemplateError';
    this.templateId = templateId;
    this.slot = slot;
  }
}
