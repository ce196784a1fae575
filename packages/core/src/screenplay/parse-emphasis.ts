import { countWork } from './parse-work.js';
import type { EmphasisStyle } from './screenplay-element.js';

/** An emphasis run found in one line: `start`/`end` index the output text, `from`/`to` the input (markers included). */
export interface EmphasisRun {
  style: EmphasisStyle;
  start: number;
  end: number;
  from: number;
  to: number;
}

/** A line with its emphasis markers and escapes resolved. */
export interface EmphasisResult {
  text: string;
  runs: EmphasisRun[];
}

interface Delimiter {
  marker: '*' | '**' | '***' | '_';
  at: number;
  partner: number;
}

const styles: Record<Delimiter['marker'], EmphasisStyle> = {
  '*': 'italic',
  '**': 'bold',
  '***': 'bold-italic',
  _: 'underline',
};

/**
 * Resolves `*italic*`, `**bold**`, `***bold italic***`, `_underline_` and `\*` / `\_` escapes in one line.
 * Linear time: a stack with one index per marker kind, each delimiter pushed and popped at most once
 * (a line of ten thousand `*` is where other parsers go quadratic). A marker opens only before a
 * non-space and closes only after one; runs of four or more `*` are text.
 */
export function parseEmphasis(line: string): EmphasisResult {
  countWork(line.length);
  if (line.indexOf('*') === -1 && line.indexOf('_') === -1 && line.indexOf('\\') === -1) {
    return { text: line, runs: [] };
  }
  const delimiters: Delimiter[] = [];
  const escapes = new Set<number>();
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (char === '\\' && (line[index + 1] === '*' || line[index + 1] === '_')) {
      escapes.add(index);
      index += 1;
    } else if (char === '_') {
      delimiters.push({ marker: '_', at: index, partner: -1 });
    } else if (char === '*') {
      let end = index;
      while (line[end] === '*') end += 1;
      const length = end - index;
      if (length <= 3) delimiters.push({ marker: length === 1 ? '*' : length === 2 ? '**' : '***', at: index, partner: -1 });
      index = end - 1;
    }
  }
  matchDelimiters(line, delimiters);
  return buildText(line, delimiters, escapes);
}

function matchDelimiters(line: string, delimiters: Delimiter[]): void {
  const stack: number[] = [];
  const open: Record<Delimiter['marker'], number[]> = { '*': [], '**': [], '***': [], _: [] };
  delimiters.forEach((delimiter, position) => {
    const before = line[delimiter.at - 1];
    const after = line[delimiter.at + delimiter.marker.length];
    const canClose = before !== undefined && before.trim() !== '';
    const canOpen = after !== undefined && after.trim() !== '';
    const openers = open[delimiter.marker];
    const opener = openers[openers.length - 1];
    if (canClose && opener !== undefined) {
      // Openers above the match can no longer close: they stay text.
      while (stack.length > 0) {
        countWork(1);
        const top = stack.pop() as number;
        const topDelimiter = delimiters[top] as Delimiter;
        open[topDelimiter.marker].pop();
        if (top === opener) break;
      }
      (delimiters[opener] as Delimiter).partner = position;
      delimiter.partner = opener;
    } else if (canOpen) {
      stack.push(position);
      openers.push(position);
    }
  });
}

function buildText(line: string, delimiters: readonly Delimiter[], escapes: ReadonlySet<number>): EmphasisResult {
  const pieces: string[] = [];
  const runs: EmphasisRun[] = [];
  const openedAt = new Map<number, number>();
  let textLength = 0;
  let cursor = 0;
  const emit = (to: number): void => {
    // Copy line[cursor, to) dropping escape backslashes.
    let from = cursor;
    countWork(to - cursor);
    for (let index = cursor; index < to; index += 1) {
      if (escapes.has(index)) {
        pieces.push(line.slice(from, index));
        textLength += index - from;
        from = index + 1;
      }
    }
    pieces.push(line.slice(from, to));
    textLength += to - from;
  };
  delimiters.forEach((delimiter, position) => {
    if (delimiter.partner === -1) return;
    emit(delimiter.at);
    cursor = delimiter.at + delimiter.marker.length;
    if (delimiter.partner > position) {
      openedAt.set(position, textLength);
      return;
    }
    const opener = delimiters[delimiter.partner] as Delimiter;
    runs.push({
      style: styles[delimiter.marker],
      start: openedAt.get(delimiter.partner) ?? 0,
      end: textLength,
      from: opener.at,
      to: cursor,
    });
  });
  emit(line.length);
  runs.sort((left, right) => left.from - right.from);
  return { text: pieces.join(''), runs };
}
