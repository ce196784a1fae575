import type { Hasher } from '../runtime/hasher.js';
import { canonicalJson } from '../runtime/canonical-json.js';
import { hashEntry } from './hash-entry.js';
import { ledgerGenesis, type CheckpointEntry } from './ledger-entry.js';
import type { LedgerIssue } from './ledger-issue.js';
import { jwkThumbprint, verifySignature } from './ledger-signer.js';
import { parseLedger, type LedgerLine } from './parse-ledger.js';
import { verifySpans } from './verify-spans.js';
import type { TrackedSpan } from './track-spans.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** What verification needs: WebCrypto and a hasher (a `Runtime` has both), and optionally the keys to trust. */
export interface VerifyLedgerOptions {
  readonly subtle: SubtleCrypto;
  readonly hasher: Hasher;
  /** Key ids (JWK thumbprints) whose checkpoints are trusted; when given, any other signer is an `untrusted-key` error. */
  readonly trustedKeyIds?: readonly string[];
  /** Similarity below which an AI span counts as missing; 0.6 by default. */
  readonly threshold?: number;
  /**
   * The id of the last checkpoint the verifier saw before (a host keeps it outside the ledger; `reelkit verify
   * --expect-head`): a ledger that lacks it, or where it is not a valid checkpoint, was cut short or replaced.
   */
  readonly expectedHead?: string;
}

/** The outcome of verifying a ledger against its document. Data, never an exception. */
export interface LedgerVerification {
  /** True when no issue is an error or a warning. */
  readonly ok: boolean;
  /** Valid entries read. */
  readonly entries: number;
  readonly events: number;
  readonly checkpoints: number;
  /** Checkpoints that verified: right count, matching key id, valid signature and (given `trustedKeyIds`) a trusted key. */
  readonly validSignatures: number;
  /** Distinct signing key ids, in order of first use. */
  readonly keyIds: readonly string[];
  /** Id of the last entry a valid checkpoint covers, if any. */
  readonly signedThrough?: string;
  /** Every AI span and where it is in the document now (empty when no document was given). */
  readonly spans: readonly TrackedSpan[];
  readonly issues: readonly LedgerIssue[];
}

/**
 * Verifies a ledger: every line parses, every `prev` is the hash of the line before (the first is the genesis),
 * ids are unique, every checkpoint counts the lines before it and carries a valid signature by the key it names, and
 * — given the document — every AI span is still there. Each problem is named by entry id and line.
 * Limits: cutting entries off the end together with their checkpoints leaves a valid shorter ledger; a host that
 * must detect that keeps the last checkpoint's id outside the ledger and checks `signedThrough`.
 */
export async function verifyLedger(ledgerText: string, document: string | undefined, options: VerifyLedgerOptions): Promise<LedgerVerification> {
  const parsed = parseLedger(ledgerText);
  const issues: LedgerIssue[] = [];
  const seen = new Set<string>();
  const keyIds: string[] = [];
  let previousHash = ledgerGenesis;
  let validSignatures = 0;
  let signedThrough: string | undefined;
  let lastEntryId: string | undefined;
  let sinceSigned = 0;
  // Entries the last valid checkpoint covers, itself included: what the signatures establish.
  let signedEntries = 0;
  const validCheckpoints = new Set<string>();

  for (const [index, line] of parsed.lines.entries()) {
    const entryId = idOf(line);
    const at = entryId === undefined ? { line: line.line } : { entryId, line: line.line };
    if (line.value === undefined) {
      issues.push({ kind: 'unparseable-line', severity: 'error', ...at, byteOffset: line.byteOffset, message: `Line ${line.line} is not JSON.` });
    } else {
      if (line.entry === undefined) issues.push({ kind: 'invalid-entry', severity: 'error', ...at, message: `Line ${line.line} is not a valid entry: ${line.problem ?? 'unknown problem'}.` });
      const prev = (line.value as { prev?: unknown }).prev;
      if (prev !== previousHash) {
        const expected = index === 0 ? 'the genesis hash (is the start of the ledger missing?)' : `the hash of line ${parsed.lines[index - 1]?.line ?? '?'}`;
        issues.push({ kind: 'broken-link', severity: 'error', ...at, message: `Entry ${entryId ?? `on line ${line.line}`} does not link to ${expected}: the entry before it was changed, removed or reordered.` });
      }
    }
    if (entryId !== undefined) {
      if (seen.has(entryId)) issues.push({ kind: 'duplicate-id', severity: 'error', ...at, message: `Entry id ${entryId} appears more than once.` });
      seen.add(entryId);
    }
    const entry = line.entry;
    if (entry?.type === 'checkpoint') {
      if (!keyIds.includes(entry.keyId)) keyIds.push(entry.keyId);
      const problems = await checkCheckpoint(entry, index, options);
      for (const problem of problems) issues.push({ ...problem, entryId: entry.id, line: line.line });
      if (problems.length === 0) {
        validSignatures += 1;
        signedThrough = lastEntryId;
        sinceSigned = 0;
        signedEntries = parsed.entries.indexOf(entry) + 1;
        validCheckpoints.add(entry.id);
      }
    } else {
      sinceSigned += 1;
    }
    if (entryId !== undefined) lastEntryId = entryId;
    previousHash = line.value === undefined ? previousHash : await hashEntry(line.value, options.hasher);
  }
  if (parsed.torn !== undefined) {
    const { line, byteOffset, text } = parsed.torn;
    issues.push({ kind: 'torn-line', severity: 'error', line, byteOffset, message: `The last line (${line}, byte ${byteOffset}) was cut off mid-write: ${new TextEncoder().encode(text).length} bytes that are not a complete entry. Recover the ledger to set them aside.` });
  }
  if (sinceSigned > 0 && parsed.entries.length > 0) {
    const tail = parsed.entries[parsed.entries.length - 1];
    issues.push({ kind: 'unsigned-tail', severity: 'info', ...(tail === undefined ? {} : { entryId: tail.id }), line: parsed.lines[parsed.lines.length - 1]?.line ?? 0, message: `${sinceSigned} ${sinceSigned === 1 ? 'entry comes' : 'entries come'} after the last valid checkpoint and ${sinceSigned === 1 ? 'is' : 'are'} not yet signed.` });
  }
  if (parsed.lines.length === 0 && parsed.torn === undefined) {
    issues.push({ kind: 'empty-ledger', severity: 'error', line: 1, message: 'The ledger has no entries: it records nothing about the document, so nothing can be verified.' });
  }
  if (options.expectedHead !== undefined && !validCheckpoints.has(options.expectedHead)) {
    const present = seen.has(options.expectedHead);
    issues.push({
      kind: 'missing-head',
      severity: 'error',
      line: parsed.lines[parsed.lines.length - 1]?.line ?? 1,
      message: present
        ? `Entry ${options.expectedHead}, the checkpoint you expect, is in the ledger but is not a valid checkpoint: the ledger was altered.`
        : `The ledger lacks entry ${options.expectedHead}, the last checkpoint you expect: entries were cut off its end, or it is another ledger.`,
    });
  }
  const spanCheck = document === undefined ? { spans: [], issues: [] } : verifySpans(parsed.entries, parsed.lines, document, options.threshold, signedEntries);
  issues.push(...spanCheck.issues);
  const checkpoints = parsed.entries.filter((entry) => entry.type === 'checkpoint').length;
  return {
    ok: issues.every((issue) => issue.severity === 'info'),
    entries: parsed.entries.length,
    events: parsed.entries.length - checkpoints,
    checkpoints,
    validSignatures,
    keyIds,
    ...omitUndefined({ signedThrough }),
    spans: spanCheck.spans,
    issues,
  };
}

function idOf(line: LedgerLine): string | undefined {
  const id = (line.value as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

type CheckpointProblem = Pick<LedgerIssue, 'kind' | 'severity' | 'message'>;

async function checkCheckpoint(entry: CheckpointEntry, index: number, options: VerifyLedgerOptions): Promise<CheckpointProblem[]> {
  const problems: CheckpointProblem[] = [];
  if (entry.count !== index) problems.push({ kind: 'bad-checkpoint', severity: 'error', message: `Checkpoint ${entry.id} says ${entry.count} entries come before it, but ${index} do: entries were added or removed.` });
  if ((await jwkThumbprint(entry.publicKey, options.subtle)) !== entry.keyId) {
    problems.push({ kind: 'key-mismatch', severity: 'error', message: `Checkpoint ${entry.id} names key ${entry.keyId}, which is not the key it carries.` });
  }
  const { signature, ...signed } = entry;
  if (!(await verifySignature(entry.publicKey, canonicalJson(signed), signature, options.subtle))) {
    problems.push({ kind: 'bad-signature', severity: 'error', message: `Checkpoint ${entry.id} has a signature that does not verify: the checkpoint or the history it covers was changed.` });
  }
  if (options.trustedKeyIds !== undefined && !options.trustedKeyIds.includes(entry.keyId)) {
    problems.push({ kind: 'untrusted-key', severity: 'error', message: `Checkpoint ${entry.id} is signed by key ${entry.keyId}, which is not one of the trusted keys.` });
  }
  return problems;
}
