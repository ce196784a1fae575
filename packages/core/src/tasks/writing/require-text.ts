import { InvalidTaskInputError } from './invalid-task-input-error.js';

/** The text trimmed; throws InvalidTaskInputError when it is blank, before anything is paid for. */
export function requireText(task: string, field: string, value: string): string {
  const text = value.trim();
  if (text === '') throw new InvalidTaskInputError(task, `the ${field} is empty.`, `Give the ${field} some text.`);
  return text;
}
