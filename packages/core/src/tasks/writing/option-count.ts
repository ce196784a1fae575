import { InvalidTaskInputError } from './invalid-task-input-error.js';

/** Most options a brainstorming task asks for at once; more costs much and reads as noise. */
export const maxOptionCount = 10;

/** How many options to ask for: `count` when it is a whole number in 1..10, else InvalidTaskInputError. */
export function optionCount(task: string, count: number | undefined, fallback: number): number {
  const value = count ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > maxOptionCount) {
    throw new InvalidTaskInputError(task, `cannot ask for ${value} options.`, `Ask for between 1 and ${maxOptionCount}.`);
  }
  return value;
}
