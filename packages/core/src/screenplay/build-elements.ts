import type { DraftElement } from './draft-element.js';
import { cleanToSource } from './offset-map.js';
import type { DraftSink } from './parse-body.js';
import { parseEmphasis } from './parse-emphasis.js';
import { scanFor } from './parse-work.js';
import type { PositionLocator } from './position-locator.js';
import type { InlineSpan, ScreenplayElement } from './screenplay-element.js';
import type { SourceRange } from '../text/source-range.js';

/**
 * What turning clean offsets into source positions needs. Drafts index `clean`, which may be a window of
 * the whole clean text starting at `cleanBase`; `source` likewise holds the source from `sourceBase` on.
 */
export interface SourceContext {
  clean: string;
  cleanBase: number;
  cuts: readonly number[];
  source: string;
  sourceBase: number;
  locator: PositionLocator;
}

/** The source offset of the character at a clean offset of `context.clean`. */
export function cleanOffsetToSource(context: SourceContext, cleanIndex: number): number {
  const { cuts } = context;
  // No notes, boneyard or BOM: one cut, a constant shift.
  if (cuts.length === 2) return context.cleanBase + cleanIndex - (cuts[0] ?? 0) + (cuts[1] ?? 0);
  return cleanToSource(cuts, context.cleanBase + cleanIndex);
}

/** A source range from clean offsets of `context.clean`. */
export function cleanRange(context: SourceContext, start: number, end: number): SourceRange {
  const from = cleanOffsetToSource(context, start);
  const to = end === 0 && context.cleanBase === 0 ? from : Math.max(from, cleanOffsetToSource(context, end - 1) + 1);
  return { start: context.locator.positionAt(from), end: context.locator.positionAt(to) };
}

/** Turns drafts into elements as the body parser hands them over. */
export interface ElementBuilder {
  readonly add: DraftSink;
  readonly elements: ScreenplayElement[];
}

/** A builder whose first element's gap (`before`) starts at source offset `previousEnd`. */
export function createElementBuilder(context: SourceContext, previousEnd: number): ElementBuilder {
  const elements: ScreenplayElement[] = [];
  const markers = createMarkerFinder(context.clean);
  let gapStart = previousEnd;
  const add = (draft: DraftElement): void => {
    const element = buildElement(draft, context, gapStart, markers);
    gapStart = element.range.end.offset;
    elements.push(element);
  };
  return { add, elements };
}

function buildElement(draft: DraftElement, context: SourceContext, gapStart: number, markers: MarkerFinder): ScreenplayElement {
  const range = cleanRange(context, draft.start, draft.end);
  const { clean } = context;
  const parts = draft.parts;
  const emphasis: InlineSpan[] = [];
  let text: string;
  let marked = false;
  for (let index = 0; index < parts.length && !marked; index += 2) marked = markers.has(parts[index] ?? 0, parts[index + 1] ?? 0);
  if (!marked) text = joinParts(clean, parts);
  else {
    const texts: string[] = [];
    let textLength = 0;
    for (let index = 0; index < parts.length; index += 2) {
      const from = parts[index] ?? 0;
      if (index > 0) textLength += 1;
      const result = parseEmphasis(clean.slice(from, parts[index + 1] ?? 0));
      for (const run of result.runs) {
        emphasis.push({
          style: run.style,
          start: textLength + run.start,
          end: textLength + run.end,
          range: cleanRange(context, from + run.from, from + run.to),
        });
      }
      texts.push(result.text);
      textLength += result.text.length;
    }
    text = texts.join('\n');
  }
  const { source, sourceBase } = context;
  const element: ScreenplayElement = {
    kind: draft.kind,
    text,
    range,
    raw: source.slice(range.start.offset - sourceBase, range.end.offset - sourceBase),
    before: source.slice(gapStart - sourceBase, range.start.offset - sourceBase),
    emphasis,
  };
  if (draft.forced) element.forced = true;
  if (draft.sceneNumber !== undefined) element.sceneNumber = draft.sceneNumber;
  if (draft.depth !== undefined) element.depth = draft.depth;
  if (draft.name !== undefined) element.name = draft.name;
  if (draft.extensions !== undefined) element.extensions = draft.extensions;
  if (draft.dual !== undefined) element.dual = draft.dual;
  return element;
}

/** The parts joined by `\n`: one slice when they are consecutive lines with nothing trimmed between. */
function joinParts(clean: string, parts: readonly number[]): string {
  if (parts.length === 0) return '';
  const first = parts[0] ?? 0;
  let contiguous = true;
  for (let index = 2; index < parts.length && contiguous; index += 2) {
    const previousEnd = parts[index - 1] ?? 0;
    contiguous = parts[index] === previousEnd + 1 && clean.charCodeAt(previousEnd) === 10;
  }
  if (contiguous) return clean.slice(first, parts[parts.length - 1] ?? 0);
  const texts: string[] = [];
  for (let index = 0; index < parts.length; index += 2) texts.push(clean.slice(parts[index] ?? 0, parts[index + 1] ?? 0));
  return texts.join('\n');
}

interface MarkerFinder {
  /** Whether `*`, `_` or `\` occurs in `[from, to)`. */
  has(from: number, to: number): boolean;
}

/** Finds emphasis markers with one cached forward search per marker, so scanning every part stays linear. */
function createMarkerFinder(clean: string): MarkerFinder {
  const searchedFrom = [-1, -1, -1];
  const found = [-1, -1, -1];
  const markerChars = ['*', '_', '\\'];
  const next = (marker: number, from: number): number => {
    const at = found[marker] ?? -1;
    const searched = searchedFrom[marker] ?? -1;
    if (searched !== -1 && from >= searched && (at === -1 || from <= at)) return at;
    searchedFrom[marker] = from;
    const result = scanFor(clean, markerChars[marker] ?? '*', from);
    found[marker] = result;
    return result;
  };
  return {
    has(from, to) {
      for (let marker = 0; marker < 3; marker += 1) {
        const at = next(marker, from);
        if (at !== -1 && at < to) return true;
      }
      return false;
    },
  };
}

/**
 * Marks the cue before each `^` cue as the left speaker. The partner is the cue of the dialogue block
 * right before; a `^` with no such block (`BOB ^` first thing in the file) simply has no partner.
 */
export function linkDualDialogue(elements: readonly ScreenplayElement[], from: number, to: number): void {
  for (let index = from; index < to; index += 1) {
    if (elements[index]?.dual !== 'right') continue;
    let back = index - 1;
    while (back >= 0 && isSpeechPart(elements[back]?.kind)) back -= 1;
    const partner = elements[back];
    if (partner?.kind === 'character' && partner.dual === undefined && back < index - 1) partner.dual = 'left';
  }
}

/** Dialogue, parentheticals and lyrics: what may stand between a cue and the `^` cue answering it. */
export function isSpeechPart(kind: string | undefined): boolean {
  return kind === 'dialogue' || kind === 'parenthetical' || kind === 'lyrics';
}
