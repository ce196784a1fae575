/** Whether the text between two words is only spaces or one hyphen, so they read as one phrase. */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  return /^(?:\s+|\s*-\s*)$/.test(text.slice(from, to));
}
