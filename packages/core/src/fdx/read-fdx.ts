import type { Finding } from '../findings/finding.js';
import { createLineIndex, positionAt } from '../text/line-index.js';
import type { SourceRange } from '../text/source-range.js';
import { FdxWarnings } from './fdx-warnings.js';
import { parseFdxDocument } from './parse-fdx-document.js';
import { readFdxElements } from './read-fdx-elements.js';
import { readFdxTitlePage } from './read-fdx-title-page.js';
import { writeFdxFountain } from './write-fdx-fountain.js';

/** A Final Draft script as Fountain, with what could not be carried over reported as findings. */
export interface FdxReadResult {
  readonly fountain: string;
  /** Observations with their place in the FDX text (`ruleId` `fdx.*`, category `format`); never thrown. */
  readonly warnings: Finding[];
}

/**
 * Converts a Final Draft `.fdx` file to Fountain: paragraph types to elements (forced where Fountain needs it), styled
 * runs to emphasis, scene numbers, dual dialogue, centred text, page breaks, ScriptNotes to notes and the title page to
 * title page keys. Linear in the input, no DOM. Throws `FdxImportError` only when the text is not a Final Draft file.
 */
export function readFdx(xml: string): FdxReadResult {
  const document = parseFdxDocument(xml);
  const warnings = new FdxWarnings();
  const lineStarts = createLineIndex(xml);
  const place = (start: number, end: number): SourceRange => ({ start: positionAt(lineStarts, start), end: positionAt(lineStarts, end) });
  if (document.documentType !== 'Script') {
    warnings.add({
      ruleId: 'fdx.document-type',
      severity: 'warning',
      evidence: document.documentType,
      describe: () => `The file says it is a Final Draft "${document.documentType || 'unnamed'}" document, not a script; it was read as one.`,
    });
  }
  const elements = readFdxElements(document, warnings, place);
  return { fountain: writeFdxFountain(readFdxTitlePage(document.titlePage), elements), warnings: warnings.findings() };
}
