import type { DraftElement } from './draft-element.js';
import { positionAt } from './line-index.js';
import { cleanEndToSource, cleanToSource } from './offset-map.js';
import { parseEmphasis } from './parse-emphasis.js';
import type { InlineSpan, ScreenplayElement } from './screenplay-element.js';
import type { SourceRange } from './source-range.js';

/** What turning clean offsets into source positions needs. */
export interface SourceContext {
  source: string;
  lineStarts: readonly number[];
  cuts: readonly number[];
}

/** A source range from clean-text offsets. */
export function cleanRange(context: SourceContext, start: number, end: number): SourceRange {
  const from = cleanToSource(context.cuts, start);
  const to = Math.max(from, cleanEndToSource(context.cuts, end));
  return { start: positionAt(context.lineStarts, from), end: positionAt(context.lineStarts, to) };
}

/** Builds final elements from drafts; `previousEnd` is the source offset where the gap before the first one starts. */
export function buildElements(drafts: readonly DraftElement[], context: SourceContext, previousEnd: number): ScreenplayElement[] {
  const elements: ScreenplayElement[] = [];
  let gapStart = previousEnd;
  for (const draft of drafts) {
    const element = buildElement(draft, context, gapStart);
    gapStart = element.range.end.offset;
    elements.push(element);
  }
  return elements;
}

function buildElement(draft: DraftElement, context: SourceContext, gapStart: number): ScreenplayElement {
  const range = cleanRange(context, draft.start, draft.end);
  const texts: string[] = [];
  const emphasis: InlineSpan[] = [];
  let textLength = 0;
  for (const part of draft.parts) {
    if (texts.length > 0) textLength += 1;
    const result = parseEmphasis(part.text);
    for (const run of result.runs) {
      emphasis.push({
        style: run.style,
        start: textLength + run.start,
        end: textLength + run.end,
        range: cleanRange(context, part.at + run.from, part.at + run.to),
      });
    }
    texts.push(result.text);
    textLength += result.text.length;
  }
  const element: ScreenplayElement = {
    kind: draft.kind,
    text: texts.join('\n'),
    range,
    raw: context.source.slice(range.start.offset, range.end.offset),
    before: context.source.slice(gapStart, range.start.offset),
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

function isSpeechPart(kind: string | undefined): boolean {
  return kind === 'dialogue' || kind === 'parenthetical' || kind === 'lyrics';
}
