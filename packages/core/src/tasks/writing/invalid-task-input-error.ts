import { ReelkitError } from '../../errors/reelkit-error.js';

/** A writing task was called with input it cannot use (an empty idea, a cursor outside the script): caught before any call is paid for. */
export class InvalidTaskInputError extends ReelkitError {
  readonly task: string;

  constructor(task: string, message: string, hint: string) {
    super({ code: 'invalid_argument', message: `The ${task} task cannot run: ${message}`, hint });
    this.name = 'InvalidTaskInputError';
    this.task = task;
  }
}
