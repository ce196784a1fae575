import { parseFountain, updateScreenplay, type Screenplay } from '@reelkit/core/screenplay';

/** One entry of VS Code's `TextDocumentChangeEvent.contentChanges`, offsets relative to the document before the event. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** The parsed state of one open document; replaced, never mutated, on every change. */
export interface DocumentModel {
  readonly screenplay: Screenplay;
  /** Document version the screenplay reflects. */
  readonly version: number;
  /** Length of the source in UTF-16 code units, tracked through the edits. */
  readonly length: number;
  /** True when the last update fell back to a full parse. */
  readonly reparsed: boolean;
}

/** What the host knows about the document after the event, to detect a model that drifted. */
export interface DocumentAfterChange {
  readonly version: number;
  readonly length: number;
  /** Reads the whole text; called only when the model must be rebuilt. */
  readonly readText: () => string;
}

/** Parses a freshly opened document. */
export function createDocumentModel(text: string, version: number): DocumentModel {
  return { screenplay: parseFountain(text), version, length: text.length, reparsed: true };
}

/**
 * Applies one change event incrementally. VS Code sends non-overlapping changes relative to the document before
 * the event and (in practice, not by contract) in reverse document order; sorting by descending offset makes
 * sequential application correct whatever order another extension left them in. A length that disagrees with
 * the document's, or a skipped version, means the model drifted: it is rebuilt from the full text.
 */
export function updateDocumentModel(model: DocumentModel, changes: readonly ContentChange[], after: DocumentAfterChange): DocumentModel {
  const ordered = changes.length > 1 ? [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset) : changes;
  let length = model.length;
  for (const change of ordered) length += change.text.length - change.rangeLength;
  if (model.version + 1 !== after.version || length !== after.length || ordered.some((change) => change.rangeOffset + change.rangeLength > model.length)) {
    return createDocumentModel(after.readText(), after.version);
  }
  let screenplay = model.screenplay;
  for (const change of ordered) screenplay = updateScreenplay(screenplay, { offset: change.rangeOffset, length: change.rangeLength, text: change.text });
  return { screenplay, version: after.version, length, reparsed: false };
}
