import type { TextChunk } from './text-chunk.js';

/** How large passages are, in characters. */
export interface ChunkParagraphsOptions {
  /** A passage ends after the paragraph that brings it to this length; default 400. */
  readonly minCharacters?: number;
  /** A single paragraph longer than this is cut at sentence ends (or, failing one, at this length); default 1600. */
  readonly maxCharacters?: number;
}

const blankLine = /\n[ \t]*\n/g;
const heading = /^#{1,6}\s/;

/** Paragraphs as [start, end) offsets, trimmed, empty ones left out. */
function paragraphs(text: string): [number, number][] {
  const found: [number, number][] = [];
  let from = 0;
  const add = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) found.push([start, end]);
  };
  for (const separator of text.matchAll(blankLine)) {
    add(from, separator.index);
    from = separator.index + separator[0].length;
  }
  add(from, text.length);
  return found;
}

/** Cuts one long paragraph at the last sentence end before each `max` characters. */
function cutLong(text: string, start: number, end: number, max: number): [number, number][] {
  const pieces: [number, number][] = [];
  while (end - start > max) {
    const window = text.slice(start, start + max);
    const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('.\n'));
    const cut = sentenceEnd > max / 4 ? start + sentenceEnd + 1 : start + max;
    pieces.push([start, cut]);
    start = cut;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  }
  if (end > start) pieces.push([start, end]);
  return pieces;
}

/**
 * Splits a text into passages of whole paragraphs (separated by blank lines) for embedding and citing: a passage ends
 * after the paragraph that brings it to `minCharacters`, and before a Markdown heading. Boundaries depend only on the
 * paragraphs since the passage began, so an edit changes the passage it falls in, and the passages after it in the
 * same text only when it moves a boundary. Never throws; an empty text has no passages.
 */
export function chunkParagraphs(text: string, options: ChunkParagraphsOptions = {}): TextChunk[] {
  const min = options.minCharacters ?? 400;
  const max = options.maxCharacters ?? 1600;
  const chunks: TextChunk[] = [];
  let open: [number, number] | undefined;
  const close = (): void => {
    if (open !== undefined) chunks.push({ start: open[0], end: open[1], text: text.slice(open[0], open[1]) });
    open = undefined;
  };
  for (const [start, end] of paragraphs(text)) {
    if (open !== undefined && heading.test(text.slice(start, start + 7))) close();
    for (const [pieceStart, pieceEnd] of end - start > max ? cutLong(text, start, end, max) : [[start, end] as [number, number]]) {
      open = open === undefined ? [pieceStart, pieceEnd] : [open[0], pieceEnd];
      if (open[1] - open[0] >= min) close();
    }
  }
  close();
  return chunks;
}
