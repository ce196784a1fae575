import { createElementBuilder, type SourceContext } from './build-elements.js';
import { findRegion } from './find-region.js';
import { createLineIndex } from '../text/line-index.js';
import { createLineTable } from './line-table.js';
import { linkDualRegion } from './link-dual-region.js';
import { cleanEndToSource } from './offset-map.js';
import { scanBody } from './parse-body.js';
import { parseFountain, toAnnotations } from './parse-fountain.js';
import { parseStates, type ParseState } from './parse-state.js';
import { createPositionLocator } from './position-locator.js';
import { createScreenplay, type Screenplay } from './screenplay.js';
import type { Position } from '../text/source-range.js';
import type { TextBuffer } from './text-buffer.js';
import { writeFountain } from './write-fountain.js';

/** Replace `length` UTF-16 code units at `offset` with `text` (VS Code's `rangeOffset`/`rangeLength`/`text`). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * Applies an edit and re-parses only the blocks around it; the result deep-equals `parseFountain` of the
 * new text. `previous` stays valid and unchanged (an outline request still holding it reads the old tree).
 * The two share untouched element objects, so treat both as read-only. Elements after the edit are copied
 * with their positions moved only when the result's `elements` is first read: a burst of keystrokes pays
 * that once, and a keystroke alone costs the blocks it re-parses. Edits that touch notes, boneyard or their
 * markers, the title page or the first body block fall back to a full parse, as does a script with an
 * unclosed `[[` (a blank line far away decides what it is).
 */
export function updateScreenplay(previous: Screenplay, edit: TextEdit): Screenplay {
  const state = parseStates.get(previous);
  if (!state) {
    const old = writeFountain(previous);
    const offset = clamp(Math.floor(edit.offset), 0, old.length);
    const length = clamp(Math.floor(edit.length), 0, old.length - offset);
    return parseFountain(old.slice(0, offset) + edit.text + old.slice(offset + length));
  }
  const offset = clamp(Math.floor(edit.offset), 0, state.source.length);
  const length = clamp(Math.floor(edit.length), 0, state.source.length - offset);
  const clamped: TextEdit = { offset, length, text: edit.text };
  const source = state.source.edit(offset, length, edit.text);
  if (canUpdateInPlace(state, clamped, source)) {
    const updated = reparseRegion(previous, state, clamped, source);
    if (updated) return updated;
  }
  return parseFountain(source.toString());
}

const tokens = ['/*', '*/', '[[', ']]'];

function canUpdateInPlace(state: ParseState, edit: TextEdit, source: TextBuffer): boolean {
  if (edit.offset < 1 || state.literalNoteOpeners > 0) return false;
  // CR-only line ends are line breaks only to a full parse.
  if (state.loneCarriageReturns) return false;
  const oldLine = linesAround(state.source, edit.offset, edit.offset + edit.length);
  // With no LF outside the edit, the text may become CR-only (or have been LF-less all along): parse it whole.
  if (oldLine.start === 0 && oldLine.end === state.source.length) return false;
  const newLine = linesAround(source, edit.offset, edit.offset + edit.text.length);
  if (tokens.some((token) => oldLine.text.includes(token) || newLine.text.includes(token))) return false;
  return !state.spans.some((span) => span.start <= oldLine.end && span.end >= oldLine.start);
}

function reparseRegion(previous: Screenplay, state: ParseState, edit: TextEdit, source: TextBuffer): Screenplay | undefined {
  const delta = edit.text.length - edit.length;
  const cleanOffset = sourceToClean(state.cuts, edit.offset);
  const clean = state.clean === state.source ? source : state.clean.edit(cleanOffset, edit.length, edit.text);
  const region = findRegion(clean, cleanOffset, cleanOffset + edit.text.length);
  if (region.start <= state.bodyStart) return undefined;
  const oldSourceStart = cleanEndToSource(state.cuts, region.start);
  const oldSourceEnd = cleanEndToSource(state.cuts, region.end - delta);
  const cuts = shiftCuts(state.cuts, edit.offset, delta);

  const elements = state.elements;
  const first = elements.firstStartingAtOrAfter(oldSourceStart);
  let last = first;
  while (last < elements.length && elements.startOffset(last) <= oldSourceEnd) last += 1;
  const anchor: Position = elements.at(first - 1)?.range.end ?? titleEnd(previous);
  const sourceWindow = source.slice(anchor.offset, cleanEndToSource(cuts, region.end));
  const lineStarts = [anchor.offset - anchor.column];
  for (let at = sourceWindow.indexOf('\n'); at !== -1; at = sourceWindow.indexOf('\n', at + 1)) lineStarts.push(anchor.offset + at + 1);
  const cleanWindow = region.window.slice(region.start - region.windowStart, region.end - region.windowStart);
  const context: SourceContext = {
    clean: cleanWindow,
    cleanBase: region.start,
    cuts,
    source: sourceWindow,
    sourceBase: anchor.offset,
    locator: createPositionLocator(lineStarts, anchor.line),
  };
  const builder = createElementBuilder(context, anchor.offset);
  scanBody(cleanWindow, createLineTable(cleanWindow, 0, cleanWindow.length), 0, builder.add);
  const replacement = builder.elements;
  const lineDelta = countLines(edit.text) - countLines(state.source.slice(edit.offset, edit.offset + edit.length));
  // The element after the region keeps its text, but the gap before it (`before`) may have changed.
  const next = elements.movedCopy(last, delta, lineDelta);
  if (next) {
    const gapStart = replacement[replacement.length - 1]?.range.end.offset ?? anchor.offset;
    const before = source.slice(gapStart, next.range.start.offset);
    if (next.before !== before) {
      next.before = before;
      replacement.push(next);
      last += 1;
    }
  }
  const list = elements.splice(first, last, replacement, delta, lineDelta);
  if (!linkDualRegion(list, first, replacement.length)) return undefined;

  const spans = state.spans.some((span) => span.start >= edit.offset)
    ? state.spans.map((span) => (span.start >= edit.offset ? { kind: span.kind, start: span.start + delta, end: span.end + delta } : span))
    : state.spans;
  const lastElement = list.peek(list.length - 1);
  const trailingStart = lastElement ? lastElement.element.range.end.offset + lastElement.offsetDelta : previous.titlePage.raw.length;
  const screenplay = createScreenplay({
    titlePage: previous.titlePage,
    elements: () => list.toArray(),
    annotations: () => {
      if (spans.length === 0) return [];
      const text = source.toString();
      return toAnnotations(text, spans, createPositionLocator(createLineIndex(text)));
    },
    trailing: () => source.slice(trailingStart, source.length),
  });
  parseStates.set(screenplay, { ...state, source, clean, cuts, spans, elements: list });
  return screenplay;
}

/** The lines holding `[from, to]`: their start, end (before the line break) and text. */
function linesAround(text: TextBuffer, from: number, to: number): { start: number; end: number; text: string } {
  for (let reach = 256; ; reach *= 4) {
    const windowStart = Math.max(0, from - reach);
    const windowEnd = Math.min(text.length, to + reach);
    const window = text.slice(windowStart, windowEnd);
    const before = from === 0 ? -1 : window.lastIndexOf('\n', from - windowStart - 1);
    const after = window.indexOf('\n', to - windowStart);
    if ((before !== -1 || windowStart === 0) && (after !== -1 || windowEnd === text.length)) {
      const end = after === -1 ? window.length : after;
      return { start: windowStart + before + 1, end: windowStart + end, text: window.slice(before + 1, end) };
    }
  }
}

function titleEnd(screenplay: Screenplay): Position {
  const entries = screenplay.titlePage.entries;
  return entries[entries.length - 1]?.range.end ?? { line: 0, column: 0, offset: 0 };
}

function shiftCuts(cuts: readonly number[], offset: number, delta: number): readonly number[] {
  if (delta === 0 || (cuts[cuts.length - 1] ?? 0) <= offset) return cuts;
  const shifted = cuts.slice();
  for (let index = 0; index < shifted.length; index += 2) {
    if ((shifted[index + 1] ?? 0) > offset) {
      shifted[index] = (shifted[index] ?? 0) + delta;
      shifted[index + 1] = (shifted[index + 1] ?? 0) + delta;
    }
  }
  return shifted;
}

function sourceToClean(cuts: readonly number[], offset: number): number {
  let pair = 0;
  for (let index = 2; index < cuts.length && (cuts[index + 1] ?? 0) <= offset; index += 2) pair = index;
  return (cuts[pair] ?? 0) + offset - (cuts[pair + 1] ?? 0);
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}
