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

type Marker = '*' | '**' | '***' | '_';

/** Marker kinds by code: 0 `*`, 1 `**`, 2 `***`, 3 `_`. */
const markers: readonly Marker[] = ['*', '**', '***', '_'];

const styles: Record<Marker, EmphasisStyle> = {
  '*': 'italic',
  '**': 'bold',
  '***': 'bold-italic',
  _: 'underline',
};

/**
 * Delimiters as parallel typed arrays (kind, position, partner) rather than an object each: a 4 MB line of `_` is four
 * million delimiters, which as objects took over a gigabyte.
 */
interface Delimiters {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly at: Int32Array;
  readonly partner: Int32Array;
}

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
  const delimiters = findDelimiters(line);
  matchDelimiters(line, delimiters);
  return buildText(line, delimiters);
}

/** Every `*`, `**`, `***` and `_` of the line; escaped markers are left out (their backslash is dropped later). */
function findDelimiters(line: string): Delimiters {
  // At most one delimiter per character.
  const kind = new Uint8Array(line.length);
  const at = new Int32Array(line.length);
  let count = 0;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charCodeAt(index);
    const next = line.charCodeAt(index + 1);
    if (char === 92 && (next === 42 || next === 95)) {
      index += 1;
    } else if (char === 95) {
      kind[count] = 3;
      at[count] = index;
      count += 1;
    } else if (char === 42) {
      let end = index;
      while (line.charCodeAt(end) === 42) end += 1;
      const length = end - index;
      if (length <= 3) {
        kind[count] = length - 1;
        at[count] = index;
        count += 1;
      }
      index = end - 1;
    }
  }
  return { count, kind, at, partner: new Int32Array(count).fill(-1) };
}

function matchDelimiters(line: string, delimiters: Delimiters): void {
  const { count, kind, at, partner } = delimiters;
  // The open delimiters as a stack, linked through `below`; each kind's open ones linked through `previousOfKind`
  // (the newest of a kind is always the highest of that kind on the stack). Two typed arrays, not one per kind.
  const below = new Int32Array(count);
  const previousOfKind = new Int32Array(count);
  const newestOfKind = [-1, -1, -1, -1];
  let top = -1;
  for (let position = 0; position < count; position += 1) {
    const marker = kind[position] as number;
    const markerAt = at[position] as number;
    const before = line[markerAt - 1];
    const after = line[markerAt + (markers[marker] as Marker).length];
    const canClose = before !== undefined && before.trim() !== '';
    const canOpen = after !== undefined && after.trim() !== '';
    const opener = newestOfKind[marker] as number;
    // An opener right before its closer would make an empty run (`__`, `****`): those markers stay text.
    const empty = opener !== -1 && (at[opener] as number) + (markers[marker] as Marker).length === markerAt;
    if (canClose && opener !== -1 && !empty) {
      // Openers above the match can no longer close: they stay text.
      while (top !== -1) {
        countWork(1);
        const popped = top;
        top = below[popped] as number;
        newestOfKind[kind[popped] as number] = previousOfKind[popped] as number;
        if (popped === opener) break;
      }
      partner[opener] = position;
      partner[position] = opener;
    } else if (canOpen) {
      below[position] = top;
      top = position;
      previousOfKind[position] = newestOfKind[marker] as number;
      newestOfKind[marker] = position;
    }
  }
}

function buildText(line: string, delimiters: Delimiters): EmphasisResult {
  const { count, kind, at, partner } = delimiters;
  const pieces: string[] = [];
  const runs: EmphasisRun[] = [];
  // Where each opener's run starts in the output text, by the opener's delimiter index.
  const openedAt = new Map<number, number>();
  let textLength = 0;
  let cursor = 0;
  const emit = (to: number): void => {
    // Copy line[cursor, to) dropping the backslash of each escaped marker.
    countWork(to - cursor);
    let from = cursor;
    for (let index = cursor; index < to; index += 1) {
      const next = line.charCodeAt(index + 1);
      if (line.charCodeAt(index) === 92 && (next === 42 || next === 95)) {
        pieces.push(line.slice(from, index));
        textLength += index - from;
        from = index + 1;
        index += 1;
      }
    }
    pieces.push(line.slice(from, to));
    textLength += to - from;
  };
  for (let position = 0; position < count; position += 1) {
    const other = partner[position] as number;
    if (other === -1) continue;
    const markerAt = at[position] as number;
    emit(markerAt);
    cursor = markerAt + (markers[kind[position] as number] as Marker).length;
    if (other > position) {
      openedAt.set(position, textLength);
      continue;
    }
    runs.push({
      style: styles[markers[kind[position] as number] as Marker],
      start: openedAt.get(other) ?? 0,
      end: textLength,
      from: at[other] as number,
      to: cursor,
    });
  }
  emit(line.length);
  runs.sort((left, right) => left.from - right.from);
  return { text: pieces.join(''), runs };
}
