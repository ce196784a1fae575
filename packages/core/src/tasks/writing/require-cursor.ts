import { InvalidTaskInputError } from './invalid-task-input-error.js';

/** The cursor when it is an offset inside the script (0 to its length); InvalidTaskInputError otherwise. */
export function requireCursor(task: string, script: string, cursor: number): number {
  if (!Number.isInteger(cursor) || cursor < 0 || cursor > script.length) {
    throw new InvalidTaskInputError(task, `the cursor ${cursor} is outside the script (0 to ${script.length}).`, 'Pass the cursor as an offset into the same text as the script.');
  }
  return cursor;
}
