import type { TrackedSpan } from './track-spans.js';

/** A part of the document to report on: a scene (from the screenplay engine), a Markdown heading section, a chapter. */
export interface TextSection {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Amounts split by who wrote them. `total = ai + aiEdited + human`. */
export interface ShareCounts {
  readonly total: number;
  /** Written by an AI and unchanged since. */
  readonly ai: number;
  /** Written by an AI, then edited by a person (below the tracking threshold). */
  readonly aiEdited: number;
  readonly human: number;
}

/** Who wrote how much of a text. */
export interface AiShare {
  /** Characters other than white space, counted as code points (what writers call "characters without spaces"). */
  readonly characters: ShareCounts;
  /** Words, each attributed by its first character; the same word rule as the screenplay statistics. */
  readonly words: ShareCounts;
  /** Mean edit ratio of the AI-written-then-edited spans here, weighted by their original length; 0 when none. */
  readonly editRatio: number;
}

/** The share of one section. */
export interface SectionShare extends AiShare {
  readonly id: string;
}

type Author = 'ai' | 'aiEdited' | 'human';

// The word rule of screenplay/count-words.ts (kept equal by a test), with positions: a word belongs to whoever wrote its first letter.
const wordPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const whiteSpace = /\s/u;

/**
 * AI share per document and per section, from spans already tracked to their current place. Overlapping spans
 * count once; where an edited and an unedited span overlap, the text counts as edited. O(n + s log s + k) for n
 * characters, s spans and k sections.
 */
export function computeAiShare(text: string, spans: readonly TrackedSpan[], sections: readonly TextSection[] = []): { document: AiShare; sections: SectionShare[] } {
  const authors = markAuthors(text.length, spans);
  const scope = (start: number, end: number): AiShare => share(text, authors, spans, Math.max(0, start), Math.min(text.length, end));
  return {
    document: scope(0, text.length),
    sections: sections.map((section) => ({ id: section.id, ...scope(section.start, section.end) })),
  };
}

function markAuthors(length: number, spans: readonly TrackedSpan[]): Uint8Array {
  // 0 human, 1 ai, 2 edited: a byte per UTF-16 unit keeps this linear and small.
  const authors = new Uint8Array(length);
  for (const span of spans) {
    if (span.current === undefined || span.status === 'lost') continue;
    const mark = span.status === 'edited' ? 2 : 1;
    for (let index = span.current.start; index < Math.min(span.current.end, length); index += 1) authors[index] = Math.max(authors[index] ?? 0, mark);
  }
  return authors;
}

const authorOf = (authors: Uint8Array, index: number): Author => (authors[index] === 2 ? 'aiEdited' : authors[index] === 1 ? 'ai' : 'human');

function share(text: string, authors: Uint8Array, spans: readonly TrackedSpan[], start: number, end: number): AiShare {
  const characters = { ai: 0, aiEdited: 0, human: 0 };
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // Count a surrogate pair once, at its high half.
    if (code >= 0xdc00 && code <= 0xdfff && index > start) continue;
    if (!whiteSpace.test(text.charAt(index))) characters[authorOf(authors, index)] += 1;
  }
  const words = { ai: 0, aiEdited: 0, human: 0 };
  const slice = text.slice(start, end);
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(slice); match !== null; match = wordPattern.exec(slice)) words[authorOf(authors, start + match.index)] += 1;
  let weighted = 0;
  let weight = 0;
  for (const span of spans) {
    if (span.status !== 'edited' || span.current === undefined || span.current.start >= end || span.current.end <= start) continue;
    weighted += span.editRatio * span.original.exact.length;
    weight += span.original.exact.length;
  }
  return { characters: withTotal(characters), words: withTotal(words), editRatio: weight === 0 ? 0 : weighted / weight };
}

function withTotal(counts: { ai: number; aiEdited: number; human: number }): ShareCounts {
  return { total: counts.ai + counts.aiEdited + counts.human, ...counts };
}
