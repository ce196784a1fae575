/** An AI span as offsets in the note. */
export interface NoteSpan {
  readonly start: number;
  readonly end: number;
}

// Markdown syntax that reading view does not show as text: heading marks, quote marks, list bullets, emphasis.
const blockMarker = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)/;
const inlineMarker = /[*_~`]+/g;

/**
 * The AI-written text inside one rendered section (lines `lineStart`..`lineEnd` of the note), as the plain strings
 * reading view will show, one per line, without Markdown syntax. The reading-view marker wraps these strings.
 */
export function aiFragmentsInSection(noteText: string, lineStart: number, lineEnd: number, spans: readonly NoteSpan[]): string[] {
  let start = 0;
  for (let line = 0; line < lineStart; line += 1) {
    const next = noteText.indexOf('\n', start);
    if (next === -1) return [];
    start = next + 1;
  }
  let end = start;
  for (let line = lineStart; line <= lineEnd; line += 1) {
    const next = noteText.indexOf('\n', end);
    end = next === -1 ? noteText.length : next + 1;
  }
  const fragments: string[] = [];
  for (const span of spans) {
    const from = Math.max(start, span.start);
    const to = Math.min(end, span.end);
    if (from >= to) continue;
    for (const line of noteText.slice(from, to).split('\n')) {
      const plain = line.replace(blockMarker, '').replace(inlineMarker, '').trim();
      if (plain.length >= 3) fragments.push(plain);
    }
  }
  return fragments;
}
