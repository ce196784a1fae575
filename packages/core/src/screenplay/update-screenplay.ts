import { buildElements, linkDualDialogue, type SourceContext } from './build-elements.js';
import { isBlank, isSpacer } from './classify-line.js';
import { cleanEndToSource } from './offset-map.js';
import { parseBody, splitCleanLines } from './parse-body.js';
import { parseFountain } from './parse-fountain.js';
import { parseStates, type ParseState } from './parse-state.js';
import type { Screenplay } from './screenplay.js';
import { createScreenplay } from './screenplay.js';
import type { ScreenplayElement } from './screenplay-element.js';
import type { Position } from './source-range.js';
import { writeFountain } from './write-fountain.js';

/** Replace `length` UTF-16 code units at `offset` with `text` (VS Code's `rangeOffset`/`rangeLength`/`text`). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * Applies an edit and re-parses only the blocks around it; the result deep-equals `parseFountain` of the
 * new text. `previous` is consumed: its element objects and arrays are reused and shifted in place (copying
 * thousands of elements per keystroke would cost more than the parse), so keep only the returned value.
 * Edits that touch notes, boneyard or their markers, the title page or the first body block fall back
 * to a full parse, as does a script with an unclosed `[[` (a blank line far away decides what it is).
 */
export function updateScreenplay(previous: Screenplay, edit: TextEdit): Screenplay {
  const state = parseStates.get(previous);
  const oldSource = state?.source ?? writeFountain(previous);
  const offset = clamp(Math.floor(edit.offset), 0, oldSource.length);
  const length = clamp(Math.floor(edit.length), 0, oldSource.length - offset);
  const source = oldSource.slice(0, offset) + edit.text + oldSource.slice(offset + length);
  if (!state || !canUpdateInPlace(state, offset, length, edit.text, source)) return parseFountain(source);
  return reparseRegion(previous, state, { offset, length, text: edit.text }, source) ?? parseFountain(source);
}

const tokens = ['/*', '*/', '[[', ']]'];

function canUpdateInPlace(state: ParseState, offset: number, length: number, text: string, source: string): boolean {
  if (offset < 1 || state.literalNoteOpeners > 0) return false;
  const old = state.source;
  const lineStart = old.lastIndexOf('\n', offset - 1) + 1;
  const oldLineEnd = lineEndAt(old, offset + length);
  const newLineEnd = lineEndAt(source, offset + text.length);
  const oldWindow = old.slice(lineStart, oldLineEnd);
  const newWindow = source.slice(lineStart, newLineEnd);
  if (tokens.some((token) => oldWindow.includes(token) || newWindow.includes(token))) return false;
  return !state.spans.some((span) => span.start <= oldLineEnd && span.end >= lineStart);
}

function reparseRegion(previous: Screenplay, state: ParseState, edit: TextEdit, source: string): Screenplay | undefined {
  const delta = edit.text.length - edit.length;
  const cleanOffset = sourceToClean(state.cuts, edit.offset);
  // Without notes, boneyard or BOM the clean text is the source: share it rather than build it twice.
  const identity = state.cuts.length === 2 && state.cuts[1] === 0;
  const clean = identity ? source : state.clean.slice(0, cleanOffset) + edit.text + state.clean.slice(cleanOffset + edit.length);
  const regionStart = blockStartBefore(clean, cleanOffset);
  if (regionStart <= state.bodyStart) return undefined;
  const regionEnd = blockEndAfter(clean, cleanOffset + edit.text.length);
  const oldSourceStart = cleanEndToSource(state.cuts, regionStart);
  const oldSourceEnd = cleanEndToSource(state.cuts, regionEnd - delta);

  const cuts = state.cuts.slice();
  for (let index = 0; index < cuts.length; index += 2) {
    if ((cuts[index + 1] ?? 0) > edit.offset) {
      cuts[index] = (cuts[index] ?? 0) + delta;
      cuts[index + 1] = (cuts[index + 1] ?? 0) + delta;
    }
  }
  const lineStarts = updateLineStarts(state.lineStarts, edit, delta);
  const lineDelta = lineStarts.length - state.lineStarts.length;
  const context: SourceContext = { source, lineStarts, cuts };

  const elements = previous.elements;
  const first = firstStartingAtOrAfter(elements, oldSourceStart);
  let last = first;
  while (last < elements.length && (elements[last]?.range.start.offset ?? 0) <= oldSourceEnd) last += 1;
  const previousEnd = elements[first - 1]?.range.end.offset ?? previous.titlePage.raw.length;
  const drafts = parseBody(splitCleanLines(clean, regionStart, regionEnd));
  const replacement = buildElements(drafts, context, previousEnd);
  for (let index = last; index < elements.length; index += 1) shiftElement(elements[index] as ScreenplayElement, delta, lineDelta);
  elements.splice(first, last - first, ...replacement);
  linkDualDialogue(elements, first, Math.min(elements.length, first + replacement.length + 1));

  const spans = state.spans.map((span) => (span.start >= edit.offset ? { kind: span.kind, start: span.start + delta, end: span.end + delta } : span));
  for (const annotation of previous.annotations) {
    if (annotation.range.start.offset >= edit.offset) {
      shiftPosition(annotation.range.start, delta, lineDelta);
      shiftPosition(annotation.range.end, delta, lineDelta);
    }
  }
  const trailing = source.slice(elements[elements.length - 1]?.range.end.offset ?? previous.titlePage.raw.length);
  const screenplay = createScreenplay(previous.titlePage, elements, previous.annotations, trailing);
  parseStates.set(screenplay, { ...state, source, clean, cuts, spans, lineStarts });
  return screenplay;
}

/** Start of the block before the one holding `offset`: a block is a run of lines that are not hard blanks. */
function blockStartBefore(clean: string, offset: number): number {
  let start = clean.lastIndexOf('\n', offset - 1) + 1;
  let blocksPassed = 0;
  let inBlock = !isHardBlank(lineAt(clean, start));
  while (start > 0) {
    const previousStart = start < 2 ? 0 : clean.lastIndexOf('\n', start - 2) + 1;
    const hard = isHardBlank(lineAt(clean, previousStart));
    if (inBlock && hard) {
      blocksPassed += 1;
      if (blocksPassed === 2) return start;
    }
    inBlock = !hard;
    start = previousStart;
  }
  return 0;
}

/** End (before the line break) of the block after the one holding `offset`. */
function blockEndAfter(clean: string, offset: number): number {
  let end = lineEndAt(clean, offset);
  let blocksPassed = 0;
  let inBlock = !isHardBlank(lineAt(clean, clean.lastIndexOf('\n', offset - 1) + 1));
  while (end < clean.length) {
    const nextStart = end + 1;
    const hard = isHardBlank(lineAt(clean, nextStart));
    if (inBlock && hard) {
      blocksPassed += 1;
      if (blocksPassed === 2) return end;
    }
    inBlock = !hard;
    end = lineEndAt(clean, nextStart);
  }
  return clean.length;
}

/** Empty or a single whitespace character: no parser state survives it (two spaces can continue dialogue). */
function isHardBlank(line: string): boolean {
  return isBlank(line) && !isSpacer(line);
}

function lineAt(text: string, start: number): string {
  let end = lineEndAt(text, start);
  while (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  return text.slice(start, end);
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function sourceToClean(cuts: readonly number[], offset: number): number {
  let pair = 0;
  for (let index = 2; index < cuts.length && (cuts[index + 1] ?? 0) <= offset; index += 2) pair = index;
  return (cuts[pair] ?? 0) + offset - (cuts[pair + 1] ?? 0);
}

function updateLineStarts(old: readonly number[], edit: TextEdit, delta: number): number[] {
  const removedEnd = edit.offset + edit.length;
  const lineStarts: number[] = [];
  let index = 0;
  while (index < old.length && (old[index] ?? 0) <= edit.offset) lineStarts.push(old[index++] ?? 0);
  for (let at = edit.text.indexOf('\n'); at !== -1; at = edit.text.indexOf('\n', at + 1)) lineStarts.push(edit.offset + at + 1);
  while (index < old.length && (old[index] ?? 0) <= removedEnd) index += 1;
  for (; index < old.length; index += 1) lineStarts.push((old[index] ?? 0) + delta);
  return lineStarts;
}

function firstStartingAtOrAfter(elements: readonly ScreenplayElement[], offset: number): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((elements[middle]?.range.start.offset ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function shiftElement(element: ScreenplayElement, delta: number, lineDelta: number): void {
  shiftPosition(element.range.start, delta, lineDelta);
  shiftPosition(element.range.end, delta, lineDelta);
  for (const span of element.emphasis) {
    shiftPosition(span.range.start, delta, lineDelta);
    shiftPosition(span.range.end, delta, lineDelta);
  }
}

function shiftPosition(position: Position, delta: number, lineDelta: number): void {
  position.offset += delta;
  position.line += lineDelta;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}
