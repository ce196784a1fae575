/** `1 scene`, `2 scenes`: a count with its noun, plural by adding `s`. */
export function plural(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
