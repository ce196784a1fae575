/** What `verifyLedger` can find wrong (or worth saying) about a ledger and its document. */
export type LedgerIssueKind =
  | 'empty-ledger'
  | 'torn-line'
  | 'unparseable-line'
  | 'invalid-entry'
  | 'duplicate-id'
  | 'broken-link'
  | 'bad-checkpoint'
  | 'bad-signature'
  | 'key-mismatch'
  | 'untrusted-key'
  | 'unsigned-tail'
  | 'unsigned-revision'
  | 'missing-head'
  | 'missing-span'
  | 'moved-span'
  | 'edited-span';

/**
 * How much an issue matters: `error` means the record cannot be trusted as written (tampering, damage); `warning`
 * means the record and the document disagree (an AI span is gone); `info` is normal life (text moved or was edited,
 * recent entries not yet signed).
 */
export type LedgerIssueSeverity = 'error' | 'warning' | 'info';

/** One finding of `verifyLedger`, named by entry id where there is one and always by line. */
export interface LedgerIssue {
  readonly kind: LedgerIssueKind;
  readonly severity: LedgerIssueSeverity;
  /** The entry the issue is about; absent for a line that is not an entry. */
  readonly entryId?: string;
  /** 1-based line in the ledger file. */
  readonly line: number;
  /** UTF-8 byte offset of the line, for torn and unparseable lines. */
  readonly byteOffset?: number;
  readonly message: string;
}
