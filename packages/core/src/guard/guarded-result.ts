import type { Finding } from '../findings/finding.js';
import type { ReferenceText } from '../originality/find-verbatim-overlaps.js';
import type { LedgerSource } from '../provenance/ledger-entry.js';
import type { GenerationPlacement } from '../provenance/provenance-recorder.js';
import type { C2paAction, DigitalSourceType } from '../provenance/provenance-vocabulary.js';
import type { CallMetadata } from '../models/usage.js';

/** What a guarded call records besides the request itself: which task asked, and what to check the output against. */
export interface GenerationRecord {
  /** The task's name, e.g. `logline`; recorded as the AI actor and shown in findings. */
  readonly task: string;
  /** Texts placed in the prompt, checked against the output for verbatim copying. */
  readonly references?: readonly ReferenceText[];
  /** Where the output will land, when the host applies it at once (otherwise it records the placement later). */
  readonly placement?: (output: string) => GenerationPlacement | undefined;
  /** The document an adaptation or translation came from. */
  readonly source?: LedgerSource;
  readonly action?: C2paAction;
  readonly digitalSourceType?: DigitalSourceType;
  /** Settings worth recording (prompt id and version, temperature, tone); filtered of anything key-like. */
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/** What every guarded generation returns: the output, what the checks found, the provenance entry and the bill. */
export interface GuardedResult<Output> extends CallMetadata {
  readonly output: Output;
  /** The raw text the model produced. */
  readonly text: string;
  /** Findings on the prompt (stage `prompt` checks) and on the output, in that order. */
  readonly findings: readonly Finding[];
  /** The ledger entry of this generation; absent when no recorder is configured or recording failed (then a finding says so). */
  readonly provenanceId?: string;
}
