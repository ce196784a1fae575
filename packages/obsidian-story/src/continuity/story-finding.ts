import type { Finding } from '@reelkit/core/findings';

/** A finding placed in the story: which scene (and where in its body) or which entry it is about. */
export interface StoryFinding {
  readonly finding: Finding;
  readonly sceneId?: string;
  readonly entryId?: string;
  /** Offset in the scene body (or entry description) of the quoted text. */
  readonly offset?: number;
}

/** The sentence around an offset, trimmed: the quote a finding shows. */
export function sentenceAround(text: string, offset: number): { quote: string; start: number } {
  const stops = /[.!?…\n]/;
  let start = offset;
  while (start > 0 && !stops.test(text[start - 1] ?? '')) start -= 1;
  let end = offset;
  while (end < text.length && !stops.test(text[end] ?? '')) end += 1;
  if (end < text.length && text[end] !== '\n') end += 1;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { quote: raw.trim(), start: start + lead };
}
