import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { computeAiShare, markdownSections, sceneSections, verifyLedger, type AiShare, type LedgerVerification, type SectionShare, type TextSection } from '@reelkit/core/provenance';
import { createRuntime, omitUndefined } from '@reelkit/core/runtime';
import { parseFountain } from '@reelkit/core/screenplay';
import { decodeUtf8 } from '../read-text-file.js';

/** What `reelkit verify` found for one document. */
export interface DocumentVerification {
  readonly file: string;
  readonly ledger: string;
  readonly verification: LedgerVerification;
  readonly share: AiShare;
  /** Scenes (Fountain) or heading sections (Markdown) with their AI share. */
  readonly sections: readonly SectionShare[];
  /** False when the document is not UTF-8 text (media): only the ledger itself was verified. */
  readonly textDocument: boolean;
}

/** Why a document could not be verified at all. */
export type VerifyFailure = { readonly kind: 'missing-document' | 'missing-ledger' | 'not-a-file'; readonly path: string };

/** `<file>.ledger.jsonl`: where the CLI keeps a document's ledger unless told otherwise. */
export const defaultLedgerPath = (file: string): string => `${file}.ledger.jsonl`;

/** Reads a document and its ledger from disk and verifies them; missing files come back as data, not exceptions. */
export async function verifyDocument(file: string, ledgerPath: string, trustedKeyIds: readonly string[], expectedHead?: string): Promise<DocumentVerification | VerifyFailure> {
  const documentBytes = await readBytes(file);
  if (typeof documentBytes === 'string') return { kind: documentBytes === 'missing' ? 'missing-document' : 'not-a-file', path: file };
  const ledgerBytes = await readBytes(ledgerPath);
  if (typeof ledgerBytes === 'string') return { kind: ledgerBytes === 'missing' ? 'missing-ledger' : 'not-a-file', path: ledgerPath };
  const runtime = createRuntime();
  const options = { subtle: runtime.subtle, hasher: runtime.hasher, ...(trustedKeyIds.length === 0 ? {} : { trustedKeyIds }), ...omitUndefined({ expectedHead }) };
  // A document that is not text (an image, audio) has no AI text spans to find: its ledger is checked on its own,
  // and the file's own Content Credentials say the rest.
  const document = decodeUtf8(documentBytes);
  const text = document !== undefined && !document.includes('\u0000') ? document : undefined;
  const verification = await verifyLedger(new TextDecoder().decode(ledgerBytes), text, options);
  const share = computeAiShare(text ?? '', verification.spans, text === undefined ? [] : sectionsOf(file, text));
  return { file, ledger: ledgerPath, verification, share: share.document, sections: share.sections, textDocument: text !== undefined };
}

function sectionsOf(file: string, document: string): TextSection[] {
  const extension = extname(file).toLowerCase();
  if (extension === '.fountain' || extension === '.spmd') return sceneSections(parseFountain(document));
  if (extension === '.md' || extension === '.markdown') return markdownSections(document);
  return [];
}

/** A file's bytes, or why there are none: it is missing, or it is a folder or otherwise unreadable as a file. */
async function readBytes(path: string): Promise<Uint8Array | 'missing' | 'not-a-file'> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'EISDIR') return 'not-a-file';
    throw error;
  }
}
