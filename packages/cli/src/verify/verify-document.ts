import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { computeAiShare, markdownSections, sceneSections, verifyLedger, type AiShare, type LedgerVerification, type SectionShare, type TextSection } from '@reelkit/core/checks/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import { parseFountain } from '@reelkit/core/screenplay';

/** What `reelkit verify` found for one document. */
export interface DocumentVerification {
  readonly file: string;
  readonly ledger: string;
  readonly verification: LedgerVerification;
  readonly share: AiShare;
  /** Scenes (Fountain) or heading sections (Markdown) with their AI share. */
  readonly sections: readonly SectionShare[];
}

/** Why a document could not be verified at all. */
export type VerifyFailure = { readonly kind: 'missing-document' | 'missing-ledger'; readonly path: string };

/** `<file>.ledger.jsonl`: where the CLI keeps a document's ledger unless told otherwise. */
export const defaultLedgerPath = (file: string): string => `${file}.ledger.jsonl`;

/** Reads a document and its ledger from disk and verifies them; missing files come back as data, not exceptions. */
export async function verifyDocument(file: string, ledgerPath: string, trustedKeyIds: readonly string[]): Promise<DocumentVerification | VerifyFailure> {
  const document = await readText(file);
  if (document === undefined) return { kind: 'missing-document', path: file };
  const ledgerText = await readText(ledgerPath);
  if (ledgerText === undefined) return { kind: 'missing-ledger', path: ledgerPath };
  const runtime = createRuntime();
  const options = { subtle: runtime.subtle, hasher: runtime.hasher, ...(trustedKeyIds.length === 0 ? {} : { trustedKeyIds }) };
  const verification = await verifyLedger(ledgerText, document, options);
  const share = computeAiShare(document, verification.spans, sectionsOf(file, document));
  return { file, ledger: ledgerPath, verification, share: share.document, sections: share.sections };
}

function sectionsOf(file: string, document: string): TextSection[] {
  const extension = extname(file).toLowerCase();
  if (extension === '.fountain' || extension === '.spmd') return sceneSections(parseFountain(document));
  if (extension === '.md' || extension === '.markdown') return markdownSections(document);
  return [];
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}
