import { partitionPoint } from '../text/partition-point.js';
import type { InlineSpan, ScreenplayElement } from './screenplay-element.js';
import type { Position, SourceRange } from '../text/source-range.js';

/** A run of elements from a shared array, every position moved by the same offset and line delta. */
interface ElementRun {
  readonly elements: readonly ScreenplayElement[];
  readonly from: number;
  readonly to: number;
  readonly offsetDelta: number;
  readonly lineDelta: number;
}

/** Past this many runs a splice copies the list out, so lookups stay cheap after scattered edits. */
const maxRuns = 16;

/**
 * An immutable list of elements that an edit can splice without touching the elements after it: they stay
 * in their old array and carry the shift, and only `toArray` copies them with their positions moved. So a
 * keystroke costs the blocks it re-parses, and the screenplay it was applied to keeps its own elements.
 */
export class ElementList {
  readonly length: number;
  private readonly runStarts: number[];
  private array: ScreenplayElement[] | undefined;

  private constructor(private readonly runs: readonly ElementRun[]) {
    this.runStarts = new Array<number>(runs.length);
    let length = 0;
    for (let index = 0; index < runs.length; index += 1) {
      this.runStarts[index] = length;
      const run = runs[index] as ElementRun;
      length += run.to - run.from;
    }
    this.length = length;
    const only = runs[0];
    if (runs.length === 1 && only && only.offsetDelta === 0 && only.lineDelta === 0 && only.from === 0 && only.to === only.elements.length) {
      this.array = only.elements as ScreenplayElement[];
    }
  }

  /** A list over `elements`, which it takes over: nobody may change the array afterwards. */
  static of(elements: ScreenplayElement[]): ElementList {
    return new ElementList([{ elements, from: 0, to: elements.length, offsetDelta: 0, lineDelta: 0 }]);
  }

  /** The elements as an array, positions shifted; built on first call and kept. */
  toArray(): ScreenplayElement[] {
    if (this.array) return this.array;
    const array: ScreenplayElement[] = [];
    for (const run of this.runs) {
      for (let index = run.from; index < run.to; index += 1) {
        const element = run.elements[index] as ScreenplayElement;
        array.push(run.offsetDelta === 0 && run.lineDelta === 0 ? element : shiftElement(element, run.offsetDelta, run.lineDelta));
      }
    }
    this.array = array;
    return array;
  }

  /** The element at `index` as it stands in this list (a shifted copy when its run carries a shift). */
  at(index: number): ScreenplayElement | undefined {
    const found = this.peek(index);
    if (!found) return undefined;
    return found.offsetDelta === 0 && found.lineDelta === 0 ? found.element : shiftElement(found.element, found.offsetDelta, found.lineDelta);
  }

  /** A fresh copy of the element at `index`, moved a further `offsetDelta` and `lineDelta`. */
  movedCopy(index: number, offsetDelta: number, lineDelta: number): ScreenplayElement | undefined {
    const found = this.peek(index);
    return found && shiftElement(found.element, found.offsetDelta + offsetDelta, found.lineDelta + lineDelta);
  }

  /** The element at `index` as stored, with the shift its run carries; only a splice's own fresh elements may be changed. */
  peek(index: number): { element: ScreenplayElement; offsetDelta: number; lineDelta: number } | undefined {
    if (index < 0 || index >= this.length) return undefined;
    if (this.array) return { element: this.array[index] as ScreenplayElement, offsetDelta: 0, lineDelta: 0 };
    const runIndex = this.runAt(index);
    const run = this.runs[runIndex] as ElementRun;
    const element = run.elements[run.from + index - (this.runStarts[runIndex] ?? 0)] as ScreenplayElement;
    return { element, offsetDelta: run.offsetDelta, lineDelta: run.lineDelta };
  }

  /** Source offset where the element at `index` starts. */
  startOffset(index: number): number {
    const found = this.peek(index);
    return found ? found.element.range.start.offset + found.offsetDelta : 0;
  }

  /** Index of the first element starting at or after `offset`. */
  firstStartingAtOrAfter(offset: number): number {
    return partitionPoint(this.length, (index) => this.startOffset(index) < offset);
  }

  /** A new list with `[first, last)` replaced by `replacement` and everything after moved; this one is unchanged. */
  splice(first: number, last: number, replacement: ScreenplayElement[], offsetDelta: number, lineDelta: number): ElementList {
    const runs: ElementRun[] = [];
    const base: readonly ElementRun[] = this.array ? [{ elements: this.array, from: 0, to: this.array.length, offsetDelta: 0, lineDelta: 0 }] : this.runs;
    let start = 0;
    for (const run of base) {
      const length = run.to - run.from;
      if (start < first) runs.push({ ...run, to: run.from + Math.min(length, first - start) });
      start += length;
    }
    if (replacement.length > 0) runs.push({ elements: replacement, from: 0, to: replacement.length, offsetDelta: 0, lineDelta: 0 });
    start = 0;
    for (const run of base) {
      const length = run.to - run.from;
      if (start + length > last) {
        runs.push({
          elements: run.elements,
          from: run.from + Math.max(0, last - start),
          to: run.to,
          offsetDelta: run.offsetDelta + offsetDelta,
          lineDelta: run.lineDelta + lineDelta,
        });
      }
      start += length;
    }
    const list = new ElementList(runs);
    return runs.length > maxRuns ? ElementList.of(list.toArray()) : list;
  }

  /** The run holding element `index`: the last one starting at or before it. */
  private runAt(index: number): number {
    return Math.max(0, partitionPoint(this.runs.length, (run) => (this.runStarts[run] ?? 0) <= index) - 1);
  }
}

function shiftElement(element: ScreenplayElement, offsetDelta: number, lineDelta: number): ScreenplayElement {
  const range = shiftRange(element.range, offsetDelta, lineDelta);
  const emphasis = element.emphasis.length === 0 ? [] : element.emphasis.map((span) => shiftSpan(span, offsetDelta, lineDelta));
  // Parsed elements all have `raw` and `before`: build them in the parser's property order (one hidden class).
  const shifted: ScreenplayElement =
    element.raw !== undefined && element.before !== undefined
      ? { kind: element.kind, text: element.text, range, raw: element.raw, before: element.before, emphasis }
      : { ...element, range, emphasis };
  if (element.forced !== undefined) shifted.forced = element.forced;
  if (element.sceneNumber !== undefined) shifted.sceneNumber = element.sceneNumber;
  if (element.depth !== undefined) shifted.depth = element.depth;
  if (element.name !== undefined) shifted.name = element.name;
  if (element.extensions !== undefined) shifted.extensions = element.extensions.slice();
  if (element.dual !== undefined) shifted.dual = element.dual;
  return shifted;
}

function shiftSpan(span: InlineSpan, offsetDelta: number, lineDelta: number): InlineSpan {
  return { style: span.style, start: span.start, end: span.end, range: shiftRange(span.range, offsetDelta, lineDelta) };
}

/** A range moved by an offset and line delta; columns stay, as shifted text starts on a later line than the edit. */
export function shiftRange(range: SourceRange, offsetDelta: number, lineDelta: number): SourceRange {
  return { start: shiftPosition(range.start, offsetDelta, lineDelta), end: shiftPosition(range.end, offsetDelta, lineDelta) };
}

function shiftPosition(position: Position, offsetDelta: number, lineDelta: number): Position {
  return { line: position.line + lineDelta, column: position.column, offset: position.offset + offsetDelta };
}
