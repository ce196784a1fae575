import { isSceneHeading, isTransition, mayBeCue, parseCue, splitSceneNumber, startsLikeSceneHeading } from './classify-line.js';
import type { DraftElement } from './draft-element.js';
import { isWhitespace } from './is-whitespace.js';
import { isBlankLine, isSpacerLine, type LineTable } from './line-table.js';

/** Receives each draft, in document order, as soon as it is complete. */
export type DraftSink = (draft: DraftElement) => void;

/**
 * Parses body lines (from line `first` of `lines`, a table over `clean`) into draft elements, handing each
 * to `sink` when done so it can be built and dropped at once. State never crosses a blank line (dual
 * dialogue's backward link is a separate pass), which is what lets the incremental update re-parse a run
 * of blocks on its own. Lines are read by offset and char code; a slice is taken only for the few tests
 * that need a regex (scene heading prefixes, cues, scene numbers).
 */
export function scanBody(clean: string, lines: LineTable, first: number, sink: DraftSink): void {
  const parser = new BodyParser(clean, lines, sink);
  let index = first;
  while (index < lines.count) {
    if (isBlankLine(lines, index)) index += 1;
    else index = parser.parseAt(index);
  }
}

/** The drafts of `scanBody` as an array. */
export function parseBody(clean: string, lines: LineTable, first: number): DraftElement[] {
  const drafts: DraftElement[] = [];
  scanBody(clean, lines, first, (draft) => drafts.push(draft));
  return drafts;
}

class BodyParser {
  constructor(
    private readonly clean: string,
    private readonly lines: LineTable,
    private readonly out: DraftSink,
  ) {}

  parseAt(index: number): number {
    const { clean, lines } = this;
    const at = lines.textStarts[index] ?? 0;
    const end = lines.textEnds[index] ?? 0;
    const code = clean.charCodeAt(at);
    if (code === 61 && isPageBreak(clean, at, end)) return this.single({ kind: 'page-break', start: at, end, parts: [] }, index);
    if (code === 35) {
      let depth = 0;
      while (clean.charCodeAt(at + depth) === 35 && at + depth < end) depth += 1;
      return this.single({ kind: 'section', start: at, end, parts: this.part(at + depth, end), depth }, index);
    }
    if (code === 61) return this.single({ kind: 'synopsis', start: at, end, parts: this.part(at + 1, end) }, index);
    if (code === 126) return this.parseLyrics(index);
    if (code === 33) return this.parseAction(index, true);
    if (code === 46 && clean.charCodeAt(at + 1) !== 46) return this.single(this.sceneHeading(at + 1, at, end, true), index);
    if (code === 62) {
      if (end - at >= 2 && clean.charCodeAt(end - 1) === 60) return this.single({ kind: 'centered', start: at, end, parts: this.part(at + 1, end - 1) }, index);
      return this.single({ kind: 'transition', start: at, end, parts: this.part(at + 1, end), forced: true }, index);
    }
    if (startsLikeSceneHeading(code, clean.charCodeAt(at + 1)) && isSceneHeading(clean.slice(at, end))) return this.single(this.sceneHeading(at, at, end, false), index);
    const nextBlank = isBlankLine(lines, index + 1);
    if (nextBlank) {
      if (end === (lines.contentEnds[index] ?? 0) && endsWithTo(clean, at, end) && isTransition(clean.slice(at, end))) {
        return this.single({ kind: 'transition', start: at, end, parts: [at, end] }, index);
      }
      return this.parseAction(index, false);
    }
    const cue = mayBeCue(clean, at, end) ? parseCue(clean.slice(at, end)) : undefined;
    if (!cue) return this.parseAction(index, false);
    // `cue.text` is the line without `@`, `^` and the space around them.
    let textStart = cue.forced ? at + 1 : at;
    while (isWhitespace(clean.charCodeAt(textStart)) && textStart < end) textStart += 1;
    const element: DraftElement = { kind: 'character', start: at, end, parts: [textStart, textStart + cue.text.length], name: cue.name, extensions: cue.extensions };
    if (cue.forced) element.forced = true;
    if (cue.dual) element.dual = 'right';
    this.out(element);
    return this.parseDialogue(index + 1);
  }

  private single(element: DraftElement, index: number): number {
    this.out(element);
    return index + 1;
  }

  /** A part with surrounding whitespace trimmed. */
  private part(from: number, to: number): number[] {
    let start = from;
    let end = to;
    while (start < end && isWhitespace(this.clean.charCodeAt(start))) start += 1;
    while (end > start && isWhitespace(this.clean.charCodeAt(end - 1))) end -= 1;
    return [start, end];
  }

  private sceneHeading(textAt: number, start: number, end: number, forced: boolean): DraftElement {
    const split = splitSceneNumber(this.clean.slice(textAt, end));
    const element: DraftElement = { kind: 'scene-heading', start, end, parts: this.part(textAt, textAt + split.text.length) };
    if (forced) element.forced = true;
    if (split.sceneNumber !== undefined) element.sceneNumber = split.sceneNumber;
    return element;
  }

  private parseAction(index: number, forced: boolean): number {
    const { lines } = this;
    const parts: number[] = [];
    let cursor = index;
    let end = 0;
    while (!isBlankLine(lines, cursor)) {
      end = lines.textEnds[cursor] ?? 0;
      if (cursor === index && forced) parts.push((lines.textStarts[cursor] ?? 0) + 1, end);
      else parts.push(lines.starts[cursor] ?? 0, end);
      cursor += 1;
    }
    const element: DraftElement = { kind: 'action', start: lines.starts[index] ?? 0, end, parts };
    if (forced) element.forced = true;
    this.out(element);
    return cursor;
  }

  private parseLyrics(index: number): number {
    const { clean, lines } = this;
    const parts: number[] = [];
    let cursor = index;
    let end = 0;
    while (cursor < lines.count) {
      const at = lines.textStarts[cursor] ?? 0;
      if (at === (lines.textEnds[cursor] ?? 0) || clean.charCodeAt(at) !== 126) break;
      end = lines.textEnds[cursor] ?? 0;
      const part = this.part(at + 1, end);
      parts.push(part[0] ?? 0, part[1] ?? 0);
      cursor += 1;
    }
    this.out({ kind: 'lyrics', start: lines.textStarts[index] ?? 0, end, parts });
    return cursor;
  }

  private parseDialogue(index: number): number {
    const { clean, lines } = this;
    // Speech is handed on when it ends, so whatever ends it (a parenthetical, lyrics) follows it.
    let speech: DraftElement | undefined;
    let cursor = index;
    while (cursor < lines.count) {
      if (isBlankLine(lines, cursor)) {
        if (!isSpacerLine(lines, cursor) || isBlankLine(lines, cursor + 1)) break;
        const start = lines.starts[cursor] ?? 0;
        speech ??= { kind: 'dialogue', start, end: start, parts: [] };
        speech.parts.push(start, start);
        cursor += 1;
        continue;
      }
      const at = lines.textStarts[cursor] ?? 0;
      const end = lines.textEnds[cursor] ?? 0;
      const code = clean.charCodeAt(at);
      const last = clean.charCodeAt(end - 1);
      if (code === 126 || ((code === 40 || code === 0xff08) && (last === 41 || last === 0xff09) && end - at >= 2)) {
        if (speech) this.out(speech);
        speech = undefined;
        if (code === 126) {
          cursor = this.parseLyrics(cursor);
          continue;
        }
        this.out({ kind: 'parenthetical', start: at, end, parts: [at, end] });
      } else {
        speech ??= { kind: 'dialogue', start: at, end: at, parts: [] };
        speech.parts.push(at, end);
        speech.end = end;
      }
      cursor += 1;
    }
    if (speech) this.out(speech);
    return cursor;
  }
}

/** `===` or more, nothing else. */
function isPageBreak(clean: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let index = from; index < to; index += 1) if (clean.charCodeAt(index) !== 61) return false;
  return true;
}

function endsWithTo(clean: string, from: number, to: number): boolean {
  return to - from >= 3 && clean.charCodeAt(to - 1) === 58 && clean.charCodeAt(to - 2) === 79 && clean.charCodeAt(to - 3) === 84;
}

