import { countWork } from '../screenplay/parse-work.js';
import type { EmphasisStyle, InlineSpan } from '../screenplay/screenplay-element.js';
import type { FdxRun } from './fdx-document.js';
import { readFdxStyle, sameFlags, type TextFlags } from './fdx-text-style.js';
import { zeroRange } from './zero-range.js';

/** A paragraph's text with its emphasis as Fountain spans. */
export interface FdxRunText {
  readonly text: string;
  readonly emphasis: InlineSpan[];
  /** True when runs of bold and italic met in a way Fountain's markers cannot write, so one of them was dropped. */
  readonly simplified: boolean;
}

interface Segment extends TextFlags {
  start: number;
  end: number;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && char.trim() === '';

/**
 * Joins a paragraph's `<Text>` runs into one text and turns their styles into emphasis spans that Fountain's markers
 * can write back: spans stay inside a line, start and end on a non-space (a marker beside a space is text), and bold
 * and italic nest (`**a *b* c**`) or coincide (`***a***`). `AllCaps` runs, or every run when `allCaps`, are upper-cased
 * as Final Draft prints them.
 */
export function readFdxRuns(runs: readonly FdxRun[], allCaps: boolean): FdxRunText {
  let text = '';
  const segments: Segment[] = [];
  for (const run of runs) {
    const style = readFdxStyle(run.style);
    const part = allCaps || style.allCaps ? run.text.toUpperCase() : run.text;
    countWork(part.length);
    const last = segments[segments.length - 1];
    if (last !== undefined && sameFlags(last, style)) last.end += part.length;
    else segments.push({ bold: style.bold, italic: style.italic, underline: style.underline, start: text.length, end: text.length + part.length });
    text += part;
  }
  const emphasis: InlineSpan[] = [];
  let simplified = false;
  for (const line of splitLines(text, segments)) {
    emphasis.push(...intervals(text, line, (flags) => flags.underline).map((span) => toSpan('underline', span)));
    let from = 0;
    for (const region of intervals(text, line, (flags) => flags.bold || flags.italic)) {
      while ((line[from]?.end ?? Infinity) <= region.start) from += 1;
      let to = from;
      while ((line[to]?.start ?? Infinity) < region.end) to += 1;
      const result = starSpans(text, line.slice(from, to), region);
      simplified ||= result.simplified;
      emphasis.push(...result.spans);
    }
  }
  return { text, emphasis, simplified };
}

/** The segments cut at line breaks, grouped by line: Fountain reads emphasis one line at a time. */
function splitLines(text: string, segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  // Runs cover the text end to end, so the next line break only moves forward: one scan for the whole text.
  let newline = text.indexOf('\n');
  for (const segment of segments) {
    countWork(1);
    let start = segment.start;
    while (newline !== -1 && newline < segment.end) {
      if (start < newline) lines[lines.length - 1]?.push({ ...segment, start, end: newline });
      lines.push([]);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < segment.end) lines[lines.length - 1]?.push({ ...segment, start, end: segment.end });
  }
  return lines;
}

/** Bold and italic spans for one region where either is set. */
function starSpans(text: string, segments: Segment[], region: { start: number; end: number }): { spans: InlineSpan[]; simplified: boolean } {
  const bold = intervals(text, segments, (flags) => flags.bold);
  const italic = intervals(text, segments, (flags) => flags.italic);
  const covers = (spans: { start: number; end: number }[]): boolean => spans.length === 1 && spans[0]?.start === region.start && spans[0].end === region.end;
  const inside = (spans: { start: number; end: number }[]): boolean => spans.every((span) => span.start > region.start && span.end < region.end);
  if (covers(bold) && covers(italic)) return { spans: [toSpan('bold-italic', region)], simplified: false };
  if (covers(bold) && inside(italic)) return { spans: [toSpan('bold', region), ...italic.map((span) => toSpan('italic', span))], simplified: false };
  if (covers(italic) && inside(bold)) return { spans: [toSpan('italic', region), ...bold.map((span) => toSpan('bold', span))], simplified: false };
  // The markers would touch or cross (`*a***b**`), which Fountain reads as text: keep the wider style over the region.
  const width = (spans: { start: number; end: number }[]): number => spans.reduce((sum, span) => sum + span.end - span.start, 0);
  return { spans: [toSpan(width(bold) >= width(italic) ? 'bold' : 'italic', region)], simplified: true };
}

/** Maximal stretches where `has` holds, trimmed of spaces at both ends (a marker needs a non-space beside it). */
function intervals(text: string, segments: Segment[], has: (flags: TextFlags) => boolean): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  countWork(segments.length);
  for (const segment of segments) {
    if (!has(segment)) continue;
    const last = found[found.length - 1];
    if (last !== undefined && last.end === segment.start) last.end = segment.end;
    else found.push({ start: segment.start, end: segment.end });
  }
  return found.flatMap(({ start, end }) => {
    while (start < end && isSpace(text[start])) start += 1;
    while (end > start && isSpace(text[end - 1])) end -= 1;
    return start < end ? [{ start, end }] : [];
  });
}

function toSpan(style: EmphasisStyle, { start, end }: { start: number; end: number }): InlineSpan {
  return { style, start, end, range: zeroRange };
}
