import {
  isBlank,
  isPageBreak,
  isParenthetical,
  isSceneHeading,
  isSpacer,
  isTransition,
  parseCue,
  splitSceneNumber,
} from './classify-line.js';
import type { DraftElement, DraftPart } from './draft-element.js';

/** One line of clean text: its content without `\r`, and the clean offset where it starts. */
export interface CleanLine {
  start: number;
  content: string;
}

/** Splits clean text between two offsets (`from` at a line start) into lines. */
export function splitCleanLines(clean: string, from: number, to: number): CleanLine[] {
  const lines: CleanLine[] = [];
  let start = from;
  while (start <= to) {
    let end = clean.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    let contentEnd = end;
    while (contentEnd > start && clean.charCodeAt(contentEnd - 1) === 13) contentEnd -= 1;
    lines.push({ start, content: clean.slice(start, contentEnd) });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

/**
 * Parses body lines into draft elements. State never crosses a blank line (dual dialogue's backward link
 * is a separate pass), which is what lets the incremental update re-parse a run of blocks on its own.
 */
export function parseBody(lines: readonly CleanLine[]): DraftElement[] {
  const out: DraftElement[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as CleanLine;
    if (isBlank(line.content)) index += 1;
    else index = parseAt(lines, index, out);
  }
  return out;
}

function parseAt(lines: readonly CleanLine[], index: number, out: DraftElement[]): number {
  const line = lines[index] as CleanLine;
  const trimmed = line.content.trim();
  const at = line.start + (line.content.length - line.content.trimStart().length);
  const end = at + trimmed.length;
  const next = lines[index + 1];
  const nextBlank = next === undefined || isBlank(next.content);
  const single = (element: DraftElement): number => {
    out.push(element);
    return index + 1;
  };
  if (isPageBreak(trimmed)) return single({ kind: 'page-break', start: at, end, parts: [] });
  if (trimmed.startsWith('#')) {
    let depth = 0;
    while (trimmed[depth] === '#') depth += 1;
    return single({ kind: 'section', start: at, end, parts: [part(trimmed.slice(depth), at + depth)], depth });
  }
  if (trimmed.startsWith('=')) return single({ kind: 'synopsis', start: at, end, parts: [part(trimmed.slice(1), at + 1)] });
  if (trimmed.startsWith('~')) return parseLyrics(lines, index, out);
  if (trimmed.startsWith('!')) return parseAction(lines, index, out, true);
  if (trimmed.startsWith('.') && !trimmed.startsWith('..')) {
    return single(sceneHeading(trimmed.slice(1), at + 1, at, end, true));
  }
  if (trimmed.startsWith('>')) {
    if (trimmed.endsWith('<') && trimmed.length >= 2) {
      return single({ kind: 'centered', start: at, end, parts: [part(trimmed.slice(1, -1), at + 1)] });
    }
    return single({ kind: 'transition', start: at, end, parts: [part(trimmed.slice(1), at + 1)], forced: true });
  }
  if (isSceneHeading(trimmed)) return single(sceneHeading(trimmed, at, at, end, false));
  if (nextBlank && isTransition(line.content)) return single({ kind: 'transition', start: at, end, parts: [part(trimmed, at)] });
  const cue = nextBlank ? undefined : parseCue(trimmed);
  if (cue) {
    const element: DraftElement = { kind: 'character', start: at, end, parts: [part(cue.text, at + (cue.forced ? 1 : 0))], name: cue.name, extensions: cue.extensions };
    if (cue.forced) element.forced = true;
    if (cue.dual) element.dual = 'right';
    out.push(element);
    return parseDialogue(lines, index + 1, out);
  }
  return parseAction(lines, index, out, false);
}

/** A part with surrounding whitespace trimmed, keeping its offset right. */
function part(text: string, at: number): DraftPart {
  const trimmedStart = text.trimStart();
  return { text: trimmedStart.trimEnd(), at: at + (text.length - trimmedStart.length) };
}

function sceneHeading(text: string, textAt: number, start: number, end: number, forced: boolean): DraftElement {
  const split = splitSceneNumber(text);
  const element: DraftElement = { kind: 'scene-heading', start, end, parts: [part(split.text, textAt)] };
  if (forced) element.forced = true;
  if (split.sceneNumber !== undefined) element.sceneNumber = split.sceneNumber;
  return element;
}

function parseAction(lines: readonly CleanLine[], index: number, out: DraftElement[], forced: boolean): number {
  const parts: DraftPart[] = [];
  let cursor = index;
  let end = 0;
  while (cursor < lines.length) {
    const line = lines[cursor] as CleanLine;
    if (isBlank(line.content)) break;
    const content = line.content.trimEnd();
    if (cursor === index && forced) {
      const bang = line.content.indexOf('!');
      parts.push({ text: content.slice(bang + 1), at: line.start + bang + 1 });
    } else parts.push({ text: content, at: line.start });
    end = line.start + content.length;
    cursor += 1;
  }
  const first = lines[index] as CleanLine;
  const element: DraftElement = { kind: 'action', start: first.start, end, parts };
  if (forced) element.forced = true;
  out.push(element);
  return cursor;
}

function parseLyrics(lines: readonly CleanLine[], index: number, out: DraftElement[]): number {
  const parts: DraftPart[] = [];
  let cursor = index;
  let start = 0;
  let end = 0;
  while (cursor < lines.length) {
    const line = lines[cursor] as CleanLine;
    const trimmed = line.content.trim();
    if (!trimmed.startsWith('~')) break;
    const at = line.start + line.content.indexOf('~');
    if (cursor === index) start = at;
    parts.push(part(trimmed.slice(1), at + 1));
    end = at + trimmed.length;
    cursor += 1;
  }
  out.push({ kind: 'lyrics', start, end, parts });
  return cursor;
}

function parseDialogue(lines: readonly CleanLine[], index: number, out: DraftElement[]): number {
  let speech: DraftElement | undefined;
  let cursor = index;
  while (cursor < lines.length) {
    const line = lines[cursor] as CleanLine;
    if (isBlank(line.content)) {
      const next = lines[cursor + 1];
      if (!isSpacer(line.content) || next === undefined || isBlank(next.content)) break;
      speech ??= pushSpeech(out, line.start);
      speech.parts.push({ text: '', at: line.start });
      cursor += 1;
      continue;
    }
    const trimmed = line.content.trim();
    const at = line.start + (line.content.length - line.content.trimStart().length);
    if (trimmed.startsWith('~')) {
      speech = undefined;
      cursor = parseLyrics(lines, cursor, out);
      continue;
    }
    if (isParenthetical(trimmed)) {
      speech = undefined;
      out.push({ kind: 'parenthetical', start: at, end: at + trimmed.length, parts: [{ text: trimmed, at }] });
    } else {
      speech ??= pushSpeech(out, at);
      speech.parts.push({ text: trimmed, at });
      speech.end = at + trimmed.length;
    }
    cursor += 1;
  }
  return cursor;
}

function pushSpeech(out: DraftElement[], start: number): DraftElement {
  const speech: DraftElement = { kind: 'dialogue', start, end: start, parts: [] };
  out.push(speech);
  return speech;
}
