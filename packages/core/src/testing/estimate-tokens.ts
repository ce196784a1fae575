/** A rough token count, as OpenAI's rule of thumb has it: one token per four characters. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
