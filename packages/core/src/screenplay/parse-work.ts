/**
 * Characters and steps the parser has scanned since the process started: a count of work, not of time, so a test
 * can check that parsing stays linear in the input however busy the machine is. Each scanning loop adds what it
 * read; the cost is one addition per scan.
 */
export const parseWork = { steps: 0 };

/** `text.indexOf(needle, from)`, counting the characters the search passed over. */
export function scanFor(text: string, needle: string, from: number): number {
  const found = text.indexOf(needle, from);
  parseWork.steps += (found === -1 ? text.length : found) - from + 1;
  return found;
}

/** Counts `steps` units of work done by a loop that does not go through `scanFor`. */
export function countWork(steps: number): void {
  parseWork.steps += steps;
}
