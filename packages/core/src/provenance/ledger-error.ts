import { ReelkitError, type ReelkitErrorCode } from '../errors/reelkit-error.js';

/** Why a ledger operation was refused. */
export type LedgerErrorReason = 'torn-ledger' | 'cannot-rewrite' | 'invalid-key' | 'invalid-input';

const hints: Record<LedgerErrorReason, string> = {
  'torn-ledger': 'Run recovery (`recoverLedger`), which keeps the cut-off bytes in its report, then append again.',
  'cannot-rewrite': 'Give the ledger store a `replace` method, or truncate the file by hand after the last complete line.',
  'invalid-key': 'Delete the stored signing key so a new one is generated; earlier checkpoints stay verifiable.',
  'invalid-input': 'Check the values passed to the provenance recorder.',
};

const codes: Record<LedgerErrorReason, ReelkitErrorCode> = {
  'torn-ledger': 'ledger_damaged',
  'cannot-rewrite': 'unsupported_capability',
  'invalid-key': 'ledger_damaged',
  'invalid-input': 'invalid_argument',
};

/** A provenance ledger operation that cannot go ahead; the ledger itself is left untouched. */
export class LedgerError extends ReelkitError {
  readonly reason: LedgerErrorReason;

  constructor(reason: LedgerErrorReason, message: string, cause?: unknown) {
    super({ code: codes[reason], message, hint: hints[reason], cause });
    this.name = 'LedgerError';
    this.reason = reason;
  }
}
