/**
 * Checks what the user typed into the key box; returns the problem, or `undefined` when it is fine.
 * Empty input is fine: it removes the stored key. The message never repeats the input.
 */
export function validateApiKey(input: string): string | undefined {
  return /\s/u.test(input.trim()) ? 'A key has no spaces or line breaks inside it; check that only the key was pasted.' : undefined;
}
