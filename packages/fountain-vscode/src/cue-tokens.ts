import type { Screenplay } from '@reelkit/core/screenplay';

/**
 * The semantic token types of a character cue, in legend order. The grammar cannot colour a cue: a line in capitals
 * is a cue only when the next line is not blank, and TextMate never sees the next line. The parser does.
 */
export const cueTokenTypes = ['characterCue', 'characterExtension', 'dualDialogueMarker'] as const;

/** One of `cueTokenTypes`. */
export type CueTokenType = (typeof cueTokenTypes)[number];

/** A span of one line to colour: 0-based line, start column and length in UTF-16 code units. */
export interface CueToken {
  readonly line: number;
  readonly start: number;
  readonly length: number;
  readonly type: CueTokenType;
}

/**
 * The name (with its `@`), each `(extension)` and the dual-dialogue `^` of every character cue the parser found, in
 * document order. Notes and boneyard inside a cue are skipped. `lineText` reads a line of the same text the
 * screenplay was parsed from.
 */
export function cueTokens(screenplay: Screenplay, lineText: (line: number) => string): CueToken[] {
  const tokens: CueToken[] = [];
  for (const element of screenplay.elements) {
    if (element.kind !== 'character') continue;
    const { line, column } = element.range.start;
    const source = lineText(line).slice(column, element.range.end.line === line ? element.range.end.column : undefined);
    for (const span of cueSpans(source)) tokens.push({ line, start: column + span.start, length: span.end - span.start, type: span.type });
  }
  return tokens;
}

interface CueSpan {
  readonly start: number;
  readonly end: number;
  readonly type: CueTokenType;
}

const annotationEnds: Readonly<Record<string, string>> = { '[[': ']]', '/*': '*/' };

/** The spans of one cue's source: the name up to the first parenthesis, `^` or note, then extensions and `^`. */
function cueSpans(source: string): CueSpan[] {
  const spans: CueSpan[] = [];
  let index = 0;
  while (index < source.length && !isNameEnd(source, index)) index += 1;
  let nameEnd = index;
  while (nameEnd > 0 && /\s/u.test(source.charAt(nameEnd - 1))) nameEnd -= 1;
  if (nameEnd > 0) spans.push({ start: 0, end: nameEnd, type: 'characterCue' });
  while (index < source.length) {
    const annotationEnd = annotationEnds[source.slice(index, index + 2)];
    const char = source.charAt(index);
    if (annotationEnd !== undefined) {
      const close = source.indexOf(annotationEnd, index + 2);
      index = close === -1 ? source.length : close + 2;
    } else if (char === '(' || char === '（') {
      const close = source.indexOf(char === '(' ? ')' : '）', index + 1);
      const end = close === -1 ? source.length : close + 1;
      spans.push({ start: index, end, type: 'characterExtension' });
      index = end;
    } else {
      if (char === '^') spans.push({ start: index, end: index + 1, type: 'dualDialogueMarker' });
      index += 1;
    }
  }
  return spans;
}

function isNameEnd(source: string, index: number): boolean {
  const char = source.charAt(index);
  return char === '(' || char === '（' || char === '^' || annotationEnds[source.slice(index, index + 2)] !== undefined;
}
