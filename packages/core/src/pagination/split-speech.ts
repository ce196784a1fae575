import { cueLines, speechPartStyle } from './block-height.js';
import { textColumns } from './character-columns.js';
import type { SpeechBlock } from './layout-block.js';
import type { SpeechStyles } from './page-geometry.js';
import type { SentenceBreak } from './sentence-breaks.js';
import { breakCandidates, linesAbove, minimumSplitLines, type SplitMode } from './split-flow.js';
import { wrapPart, type TextPart } from './text-part.js';

/** A speech cut at a page break: `top` ends with `(MORE)`, `rest` starts with `NAME (CONT'D)`. */
export interface SpeechSplit {
  readonly top: SpeechBlock;
  readonly height: number;
  readonly rest: SpeechBlock;
}

interface Cut {
  readonly part: number;
  readonly at?: SentenceBreak;
  readonly height: number;
}

// What Final Draft calls a continuation worth a page turn (as JumpCut measured it): three spoken lines or more, or,
// after a sentence end inside a paragraph, lines whose first and last are both 16 characters or longer.
const substantialLines = 3;
const substantialColumns = 16;

// Lines that count towards the two a split must leave on each side: spoken ones (a parenthetical alone does not
// carry a speech), or in `line` mode any.
function counts(part: TextPart, mode: SplitMode): boolean {
  return mode === 'line' || part.kind !== 'parenthetical';
}

/** The first `limit` counted lines of the parts from `from` on (the first of them starting at `start`). */
function linesBelow(parts: readonly TextPart[], from: number, start: number | undefined, styles: SpeechStyles, mode: SplitMode, limit: number): string[] {
  const found: string[] = [];
  for (let index = from; index < parts.length && found.length < limit; index += 1) {
    const part = parts[index] as TextPart;
    const piece = index === from && start !== undefined ? { ...part, start } : part;
    if (!counts(part, mode) || piece.start >= piece.end) continue;
    for (const line of wrapPart(piece, speechPartStyle(part, styles), limit - found.length)) found.push(part.text.slice(line.start, line.end));
  }
  return found;
}

function continuation(below: readonly string[], insideParagraph: boolean): boolean {
  if (below.length >= substantialLines) return true;
  const first = below[0];
  const last = below[below.length - 1];
  return insideParagraph && first !== undefined && last !== undefined && textColumns(first) >= substantialColumns && textColumns(last) >= substantialColumns;
}

/**
 * Cuts a speech so its cue and first lines end this page. By Final Draft's rules (`sentence`), a speech breaks
 * between paragraphs (never right after a parenthetical) or at a sentence end inside a dialogue paragraph of three
 * lines or more, leaving at least two spoken lines on each side. Of the breaks that fit, the last that leaves a
 * substantial continuation wins, else the last. `(MORE)` and the continued cue are not counted against the page:
 * Final Draft prints them on the lines just below and above the body. Undefined when no break fits.
 */
export function splitSpeech(speech: SpeechBlock, available: number, styles: SpeechStyles, mode: SplitMode): SpeechSplit | undefined {
  const minimum = mode === 'sentence' ? minimumSplitLines : 1;
  const { parts } = speech;
  const cuts: Cut[] = [];
  let used = cueLines(speech);
  let countedAbove = 0;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] as TextPart;
    const afterParenthetical = parts[index - 1]?.kind === 'parenthetical' && mode === 'sentence';
    if (index > 0 && !afterParenthetical && countedAbove >= minimum) cuts.push({ part: index, height: used });
    const room = available - used;
    if (room <= 0) break;
    // Three lines at least, so a paragraph too short to split by the rules is seen as such.
    const lines = wrapPart(part, speechPartStyle(part, styles), Math.max(room + 1, 3));
    if (mode === 'line' || (counts(part, 'sentence') && lines.length >= 3)) {
      const above = linesAbove(lines);
      for (const at of breakCandidates(part.text, part.start, part.end, lines.slice(0, room), mode)) {
        const height = above(at);
        if (height > room) break;
        if (countedAbove + (counts(part, mode) ? height : 0) >= minimum) cuts.push({ part: index, at, height: used + height });
      }
    }
    if (lines.length > room) break;
    used += lines.length;
    if (counts(part, mode)) countedAbove += lines.length;
  }
  const chosen = chooseCut(cuts, parts, styles, mode, minimum);
  if (chosen === undefined) return undefined;
  const cutPart = parts[chosen.part] as TextPart;
  const above = chosen.at === undefined ? parts.slice(0, chosen.part) : [...parts.slice(0, chosen.part), { ...cutPart, end: chosen.at.end }];
  const below = chosen.at === undefined ? parts.slice(chosen.part) : [{ ...cutPart, start: chosen.at.next }, ...parts.slice(chosen.part + 1)];
  return {
    top: { ...speech, parts: above, more: true },
    height: chosen.height,
    rest: { ...speech, parts: below, continued: true, spaceBefore: 0 },
  };
}

// The last cut (in page order) leaving a substantial continuation, else the last leaving `minimum` lines. Looked
// at from the last, so a long speech wraps only the few continuations it needs to see.
function chooseCut(cuts: readonly Cut[], parts: readonly TextPart[], styles: SpeechStyles, mode: SplitMode, minimum: number): Cut | undefined {
  let fallback: Cut | undefined;
  for (let index = cuts.length - 1; index >= 0; index -= 1) {
    const cut = cuts[index] as Cut;
    const below = linesBelow(parts, cut.part, cut.at?.next, styles, mode, substantialLines);
    if (below.length < minimum) continue;
    if (continuation(below, cut.at !== undefined)) return cut;
    fallback ??= cut;
  }
  return fallback;
}
