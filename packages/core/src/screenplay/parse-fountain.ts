import type { Annotation } from './annotation.js';
import { cleanRange, createElementBuilder, linkDualDialogue, type SourceContext } from './build-elements.js';
import { ElementList } from './element-list.js';
import { createLineIndex } from '../text/line-index.js';
import { createLineTable, lineStart } from './line-table.js';
import { scanBody } from './parse-body.js';
import { parseStates } from './parse-state.js';
import { parseTitlePage } from './parse-title-page.js';
import { createPositionLocator, type PositionLocator } from './position-locator.js';
import { createScreenplay, type Screenplay } from './screenplay.js';
import { stripAnnotations, type AnnotationSpan } from './strip-annotations.js';
import { TextBuffer } from './text-buffer.js';
import type { TitlePage } from './title-page.js';

/**
 * Parses Fountain 1.1 text. Never throws; linear in the input. Positions index the string as given:
 * a BOM stays at offset 0 (so the first character of a BOM file is column 1), and CRLF line ends count as
 * two code units with the `\r` outside every element's range. In a file with CRs and no LF at all (old Mac files)
 * each CR ends a line.
 */
export function parseFountain(source: string): Screenplay {
  // CR line ends read as LF: the same length, so every offset still indexes `source`, which the raw text of each
  // element is cut from (a round trip through the writer stays byte for byte). Only in files with no LF at all: in
  // others a stray CR is trailing space (`\r\r\n` ends one line), as every Fountain app reads it.
  const loneCarriageReturns = isClassicMacText(source);
  const text = loneCarriageReturns ? source.replaceAll('\r', '\n') : source;
  const stripped = stripAnnotations(text);
  const clean = stripped.clean;
  const lines = createLineTable(clean, 0, clean.length);
  // Without notes, boneyard or BOM the clean lines are the source lines.
  const locator = createPositionLocator(clean === text ? lines.starts.subarray(0, lines.count) : createLineIndex(text));
  const context: SourceContext = { clean, cleanBase: 0, cuts: stripped.cuts, source, sourceBase: 0, locator };
  const title = parseTitlePage(clean, lines);
  const entries = title.entries.map((entry) => ({
    key: entry.key,
    value: entry.values.join('\n'),
    range: cleanRange(context, entry.start, entry.end),
  }));
  const titleEnd = entries[entries.length - 1]?.range.end.offset ?? 0;
  const titlePage: TitlePage = { entries, raw: source.slice(0, titleEnd) };
  const builder = createElementBuilder(context, titleEnd);
  scanBody(clean, lines, title.lineCount, builder.add);
  const elements = builder.elements;
  linkDualDialogue(elements, 0, elements.length);
  const annotations = toAnnotations(source, stripped.spans, locator);
  const trailing = source.slice(elements[elements.length - 1]?.range.end.offset ?? titleEnd);
  const screenplay = createScreenplay({ titlePage, elements: () => elements, annotations: () => annotations, trailing: () => trailing });
  const sourceBuffer = TextBuffer.of(source);
  parseStates.set(screenplay, {
    source: sourceBuffer,
    clean: clean === source ? sourceBuffer : TextBuffer.of(clean),
    loneCarriageReturns,
    cuts: stripped.cuts,
    spans: stripped.spans,
    literalNoteOpeners: stripped.literalNoteOpeners,
    bodyStart: title.lineCount < lines.count ? lineStart(lines, title.lineCount) : clean.length,
    elements: ElementList.of(elements),
  });
  return screenplay;
}

/** Whether `text` ends its lines with CR alone, as classic Mac OS wrote text: it has CRs and no LF at all. */
export function isClassicMacText(text: string): boolean {
  return text.indexOf('\n') === -1 && text.indexOf('\r') !== -1;
}

/** Annotations with positions from their source spans. */
export function toAnnotations(source: string, spans: readonly AnnotationSpan[], locator: PositionLocator): Annotation[] {
  return spans.map((span) => ({
    kind: span.kind,
    text: source.slice(span.start + 2, span.end - 2),
    range: { start: locator.positionAt(span.start), end: locator.positionAt(span.end) },
  }));
}
