import { isWhitespace } from './is-whitespace.js';
import { countWork, scanFor } from './parse-work.js';

/** A note or boneyard found in the source, by offsets (markers included). */
export interface AnnotationSpan {
  kind: 'note' | 'boneyard';
  start: number;
  end: number;
}

/** The source with notes and boneyard removed, and how to map positions back. */
export interface StrippedSource {
  /** Text the element parser reads: no BOM, no notes, no boneyard, lines holding only notes dropped. */
  clean: string;
  /** Flattened pairs `[cleanIndex, sourceIndex, ...]`: from `cleanIndex` on, clean text is source from `sourceIndex`. */
  cuts: number[];
  spans: AnnotationSpan[];
  /** `[[` that found no `]]` before a blank line: a later edit far away can turn them into notes. */
  literalNoteOpeners: number;
}

/**
 * Removes notes and boneyard in one left-to-right pass, linear in the input: every search result is cached
 * and reused while it is still ahead, so a thousand unclosed `[[` do not rescan the rest of the file.
 * A boneyard needs a closing `*\/` (else `/*` is text); a note may span lines but not a blank line
 * (a line of two spaces does not count as blank, as in the spec). A line left holding only notes is dropped,
 * so a note inside dialogue does not split it; a boneyard leaves its line break, as its text is simply gone.
 */
export function stripAnnotations(source: string): StrippedSource {
  const begin = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks: string[] = [];
  const cuts = [0, begin];
  const spans: AnnotationSpan[] = [];
  let cleanLength = 0;
  let literalNoteOpeners = 0;
  let lineCleanStart = 0;
  let lineHasNote = false;
  let lineHasBoneyard = false;
  let lineVisible = false;

  const push = (text: string): void => {
    chunks.push(text);
    cleanLength += text.length;
  };
  const truncate = (length: number): void => {
    while (cleanLength > length) {
      countWork(1);
      const last = chunks.pop() ?? '';
      cleanLength -= last.length;
      if (cleanLength < length) push(last.slice(0, length - cleanLength));
    }
    while (cuts.length > 2 && (cuts[cuts.length - 2] ?? 0) > length) cuts.length -= 2;
  };
  const endLine = (newline: number): void => {
    if (lineHasNote && !lineHasBoneyard && !lineVisible) {
      truncate(lineCleanStart);
      cuts.push(cleanLength, newline + 1);
    } else push('\n');
    lineCleanStart = cleanLength;
    lineHasNote = false;
    lineHasBoneyard = false;
    lineVisible = false;
  };
  // Copies source [from, to): lines after the first one copied hold no note (notes start only at openers),
  // so they go in one chunk; only the first line's end and the last line's visibility need looking at.
  // The next line break at or after the last search start, cached like the openers below: searching afresh on every
  // copy rescans a long line once per note or boneyard on it (quadratic on a line of 100,000 boneyards).
  let nextNewline = -2;
  const newlineFrom = (from: number): number => {
    if (nextNewline !== -1 && nextNewline < from) nextNewline = scanFor(source, '\n', from);
    return nextNewline;
  };
  const copy = (from: number, to: number): void => {
    if (from >= to) return;
    const newline = newlineFrom(from);
    if (newline === -1 || newline >= to) {
      if (!lineVisible) lineVisible = hasVisibleText(source, from, to);
      push(source.slice(from, to));
      return;
    }
    if (newline > from) {
      if (!lineVisible) lineVisible = hasVisibleText(source, from, newline);
      push(source.slice(from, newline));
    }
    endLine(newline);
    const lastNewline = source.lastIndexOf('\n', to - 1);
    countWork(to - newline);
    if (lastNewline > newline) {
      push(source.slice(newline + 1, lastNewline + 1));
      lineCleanStart = cleanLength;
    }
    if (to > lastNewline + 1) {
      lineVisible = hasVisibleText(source, lastNewline + 1, to);
      push(source.slice(lastNewline + 1, to));
    }
  };

  let index = begin;
  let nextBoneyard = scanFor(source, '/*', index);
  let nextNote = scanFor(source, '[[', index);
  let boneyardClose = -2;
  let noteClose = -2;
  let breakSearchedFrom = -1;
  let breakFound = -1;
  const noteBreakAfter = (from: number): number => {
    if (from >= breakSearchedFrom && (breakFound === -1 || from < breakFound) && breakSearchedFrom !== -1) {
      return breakFound;
    }
    breakSearchedFrom = from;
    breakFound = findNoteBreak(source, from);
    return breakFound;
  };

  while (index < source.length) {
    if (nextBoneyard !== -1 && nextBoneyard < index) nextBoneyard = scanFor(source, '/*', index);
    if (nextNote !== -1 && nextNote < index) nextNote = scanFor(source, '[[', index);
    const boneyardFirst = nextBoneyard !== -1 && (nextNote === -1 || nextBoneyard < nextNote);
    const opener = boneyardFirst ? nextBoneyard : nextNote;
    if (opener === -1) break;
    if (boneyardFirst) {
      if (boneyardClose !== -1 && boneyardClose < opener + 2) boneyardClose = scanFor(source, '*/', opener + 2);
      if (boneyardClose === -1) {
        // No `*/` anywhere after: no later `/*` can close either.
        nextBoneyard = -1;
        continue;
      }
      copy(index, opener);
      spans.push({ kind: 'boneyard', start: opener, end: boneyardClose + 2 });
      lineHasBoneyard = true;
      index = boneyardClose + 2;
    } else {
      if (noteClose !== -1 && noteClose < opener + 2) noteClose = scanFor(source, ']]', opener + 2);
      const blocked = noteClose === -1 || (() => {
        const lineBreak = noteBreakAfter(opener);
        return lineBreak !== -1 && lineBreak < noteClose;
      })();
      if (blocked) {
        literalNoteOpeners += 1;
        copy(index, opener + 2);
        index = opener + 2;
        if (noteClose === -1) nextNote = -1;
        continue;
      }
      copy(index, opener);
      spans.push({ kind: 'note', start: opener, end: noteClose + 2 });
      lineHasNote = true;
      index = noteClose + 2;
    }
    cuts.push(cleanLength, index);
  }
  copy(index, source.length);
  // Nothing cut: the clean text is the source, shared rather than copied.
  const clean = cuts.length === 2 ? source.slice(begin) : chunks.join('');
  return { clean, cuts, spans, literalNoteOpeners };
}

function hasVisibleText(source: string, from: number, to: number): boolean {
  countWork(to - from + 1);
  for (let index = from; index < to; index += 1) if (!isWhitespace(source.charCodeAt(index))) return true;
  return false;
}

/** Start of the first line after `from` that is empty or a single whitespace character, or -1. */
function findNoteBreak(source: string, from: number): number {
  let newline = scanFor(source, '\n', from);
  while (newline !== -1) {
    const lineStart = newline + 1;
    let lineEnd = scanFor(source, '\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    countWork(lineEnd - lineStart);
    if (isNoteBreakingLine(source.slice(lineStart, lineEnd))) return lineStart;
    newline = lineEnd === source.length ? -1 : lineEnd;
  }
  return -1;
}

/** Blank for a note: empty once trailing `\r` go, or one whitespace character (two spaces keep a note open). */
export function isNoteBreakingLine(line: string): boolean {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 13) end -= 1;
  return end === 0 || (end === 1 && line.trim() === '');
}
