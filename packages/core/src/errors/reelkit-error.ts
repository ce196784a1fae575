const marker = Symbol.for('reelkit.error');

/** Machine-readable reason for a failure; stable across releases. */
export type ReelkitErrorCode =
  | 'api_error'
  | 'connection_failed'
  | 'missing_api_key'
  | 'unsupported_capability'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'schema_mismatch'
  | 'invalid_argument'
  | 'ledger_damaged'
  | 'local_only';

/** Settings shared by every Reelkit error. */
export interface ReelkitErrorOptions {
  readonly code: ReelkitErrorCode;
  /** What went wrong, in one sentence. */
  readonly message: string;
  /** How to fix it; appended to the message so it shows wherever the message shows. */
  readonly hint?: string;
  readonly cause?: unknown;
}

/**
 * Root of every error Reelkit throws. Each plugin bundles its own copy of the core, so use
 * `ReelkitError.isInstance(error)` rather than `instanceof`: it checks a `Symbol.for` marker.
 */
export class ReelkitError extends Error {
  readonly [marker] = true;
  /** Machine-readable reason. */
  readonly code: ReelkitErrorCode;
  /** How to fix the problem, if known. */
  readonly hint: string | undefined;

  constructor({ code, message, hint, cause }: ReelkitErrorOptions) {
    super(hint === undefined ? message : `${message} ${hint}`, cause === undefined ? undefined : { cause });
    this.name = 'ReelkitError';
    this.code = code;
    this.hint = hint;
  }

  /** True for any Reelkit error, including one thrown by another bundled copy of the core. */
  static isInstance(value: unknown): value is ReelkitError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }

  /** True when `value` is a Reelkit error with the given code. */
  static hasCode(value: unknown, code: ReelkitErrorCode): value is ReelkitError {
    return ReelkitError.isInstance(value) && value.code === code;
  }
}
