import type { Annotation } from './annotation.js';
import { buildElements, cleanRange, linkDualDialogue, type SourceContext } from './build-elements.js';
import { createLineIndex, positionAt } from './line-index.js';
import { parseBody, splitCleanLines } from './parse-body.js';
import { parseStates } from './parse-state.js';
import { parseTitlePage } from './parse-title-page.js';
import { createScreenplay, type Screenplay } from './screenplay.js';
import { stripAnnotations, type AnnotationSpan } from './strip-annotations.js';
import type { TitlePage } from './title-page.js';

/**
 * Parses Fountain 1.1 text. Never throws; linear in the input. Positions index the string as given:
 * a BOM stays at offset 0 (so the first character of a BOM file is column 1), and CRLF line ends count as
 * two code units with the `\r` outside every element's range.
 */
export function parseFountain(source: string): Screenplay {
  const stripped = stripAnnotations(source);
  const lineStarts = createLineIndex(source);
  const context: SourceContext = { source, lineStarts, cuts: stripped.cuts };
  const lines = splitCleanLines(stripped.clean, 0, stripped.clean.length);
  const title = parseTitlePage(lines);
  const entries = title.entries.map((entry) => ({
    key: entry.key,
    value: entry.values.join('\n'),
    range: cleanRange(context, entry.start, entry.end),
  }));
  const titleEnd = entries[entries.length - 1]?.range.end.offset ?? 0;
  const titlePage: TitlePage = { entries, raw: source.slice(0, titleEnd) };
  const bodyLines = lines.slice(title.lineCount);
  const elements = buildElements(parseBody(bodyLines), context, titleEnd);
  linkDualDialogue(elements, 0, elements.length);
  const annotations = stripped.spans.map((span) => toAnnotation(source, lineStarts, span));
  const trailing = source.slice(elements[elements.length - 1]?.range.end.offset ?? titleEnd);
  const screenplay = createScreenplay(titlePage, elements, annotations, trailing);
  parseStates.set(screenplay, {
    source,
    clean: stripped.clean,
    cuts: stripped.cuts,
    spans: stripped.spans,
    literalNoteOpeners: stripped.literalNoteOpeners,
    lineStarts,
    bodyStart: bodyLines[0]?.start ?? stripped.clean.length,
  });
  return screenplay;
}

/** An annotation with positions from its source span. */
export function toAnnotation(source: string, lineStarts: readonly number[], span: AnnotationSpan): Annotation {
  return {
    kind: span.kind,
    text: source.slice(span.start + 2, span.end - 2),
    range: { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) },
  };
}
