/** Audio-description pace: describers speak 2.5–3 words a second; the slower end leaves room for a calm delivery. */
export const defaultDescriptionWordsPerSecond = 2.5;

/** Seconds a text takes to speak at a pace in words per second. */
export function estimateSpeechSeconds(text: string, wordsPerSecond: number = defaultDescriptionWordsPerSecond): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words / wordsPerSecond;
}
