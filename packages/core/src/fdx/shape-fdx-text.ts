import type { ElementKind, InlineSpan } from '../screenplay/screenplay-element.js';

/** An element's text and its emphasis spans, which index it. */
export interface SpannedText {
  readonly text: string;
  readonly emphasis: InlineSpan[];
}

// Kinds Fountain writes on one line: a line break inside would split them into other elements.
const oneLine: ReadonlySet<ElementKind> = new Set(['scene-heading', 'character', 'transition', 'parenthetical', 'section', 'synopsis']);

/**
 * Fits a paragraph's text to its Fountain kind: action keeps its indentation (Fountain does too) and loses trailing
 * space; other kinds are trimmed; one-line kinds join their lines with a space; a parenthetical gets the parentheses
 * Fountain needs to know it. Emphasis spans move with the text.
 */
export function shapeFdxText(kind: ElementKind, { text, emphasis }: SpannedText): SpannedText {
  const end = text.trimEnd().length;
  const start = kind === 'action' ? 0 : text.length - text.trimStart().length;
  let shaped = text.slice(start, Math.max(start, end));
  let shift = -start;
  if (oneLine.has(kind)) shaped = shaped.replaceAll('\n', ' ');
  if (kind === 'parenthetical' && shaped !== '') {
    if (!shaped.startsWith('(') && !shaped.startsWith('（')) {
      shaped = `(${shaped}`;
      shift += 1;
    }
    if (!shaped.endsWith(')') && !shaped.endsWith('）')) shaped = `${shaped})`;
  }
  const spans = emphasis.flatMap((span) => {
    const from = Math.max(0, span.start + shift);
    const to = Math.min(shaped.length, span.end + shift);
    return from < to ? [{ ...span, start: from, end: to }] : [];
  });
  return { text: shaped, emphasis: spans };
}

/** The text's lines as separate texts, each with the spans inside it (spans never cross a line). */
export function splitSpannedLines({ text, emphasis }: SpannedText): SpannedText[] {
  let start = 0;
  return text.split('\n').map((line) => {
    const from = start;
    start += line.length + 1;
    const spans = emphasis.filter((span) => span.start >= from && span.end <= from + line.length);
    return { text: line, emphasis: spans.map((span) => ({ ...span, start: span.start - from, end: span.end - from })) };
  });
}

