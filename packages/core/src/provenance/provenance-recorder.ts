import type { Cost, Usage } from '../models/usage.js';
import type { Finding } from '../findings/finding.js';
import type { LedgerActor, LedgerSource } from './ledger-entry.js';
import type { ProvenanceEventInput } from './open-ledger.js';
import type { C2paAction, DigitalSourceType } from './provenance-vocabulary.js';

/** Where an accepted output sits in the document once applied. */
export interface GenerationPlacement {
  /** The whole document after the output was applied. */
  readonly document: string;
  readonly start: number;
  readonly end: number;
}

/** One generation, as the guard knows it after its post-checks. */
export interface GenerationRecordInput {
  /** The task that asked, e.g. `dialogue` or `rewrite`; recorded as the AI actor's name. */
  readonly task: string;
  readonly provider: string;
  readonly model: string;
  readonly modelVersion?: string;
  readonly requestId?: string;
  /** Digested with the install's prompt key; stored as text only when the recorder was created with `recordPrompt`. */
  readonly prompt: string;
  /** Filtered before recording: nothing key-like is kept. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly output: string;
  readonly findings?: readonly Finding[];
  readonly usage?: Usage;
  readonly cost?: Cost;
  /** Default `trainedAlgorithmicMedia`; `algorithmicallyEnhanced` for an AI polish of the writer's own text. */
  readonly digitalSourceType?: DigitalSourceType;
  /** Default `c2pa.placed` with a placement, `c2pa.created` without; `c2pa.translated` for translations. */
  readonly action?: C2paAction;
  /** Where the output landed; omit when recording before the user has applied it (see `recordPlacement`). */
  readonly placement?: GenerationPlacement;
  /** The source of an adaptation or translation. */
  readonly source?: LedgerSource;
}

/** A later placement of an already recorded generation. */
export interface PlacementRecordInput extends GenerationPlacement {
  /** The entry id `record` returned. */
  readonly generationId: string;
  /** Who placed it; the AI (as the author of the text) by default. */
  readonly actor?: LedgerActor;
}

/**
 * The port the guard records through; every generation result carries the entry id `record` returns.
 * Nothing is recorded for a cancelled or failed call: the guard calls `record` only for a result it returns.
 * A host that applies results at once passes `placement` to `record` (one entry); a host that previews first calls
 * `record` without it and `recordPlacement` when the user applies (a rejected result then stays an unplaced
 * generation, which is true: it was generated and paid for, but is not in the document).
 */
export interface ProvenanceRecorder {
  record(input: GenerationRecordInput): Promise<{ readonly entryId: string }>;
  recordPlacement(input: PlacementRecordInput): Promise<{ readonly entryId: string }>;
  /** Records a human or tool event (opening, import, a tracked edit). */
  recordEvent(event: ProvenanceEventInput): Promise<{ readonly entryId: string }>;
  /** Signs the head now, e.g. on save; a no-op without a signing key. */
  checkpoint(): Promise<void>;
}
