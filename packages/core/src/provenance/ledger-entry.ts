import type { Cost, Usage } from '../models/usage.js';
import type { C2paAction, DigitalSourceType } from './provenance-vocabulary.js';
import type { TextSpan } from './text-span.js';

/** A JSON value, as stored in a ledger line. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Who acted: a person, a generative model, or a deterministic tool (formatter, importer). */
export interface LedgerActor {
  readonly type: 'human' | 'ai' | 'tool';
  readonly name?: string;
}

/** The findings of the checks that ran on an output, summarised (the full findings stay in the host's report). */
export interface ChecksSummary {
  readonly total: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Distinct rule ids, sorted. */
  readonly ruleIds: readonly string[];
}

/** What an entry was derived from: another document (adaptation, translation) or an earlier entry. */
export interface LedgerSource {
  readonly entryId?: string;
  /** `sha256:<hex>` of the source document. */
  readonly documentDigest?: string;
  readonly title?: string;
}

/** Fields every ledger line has. */
export interface LedgerEntryBase {
  /** Format version; a reader refuses versions it does not know rather than misreading them. */
  readonly v: 1;
  /** Sortable unique id (ULID form). */
  readonly id: string;
  /** Hex SHA-256 of the previous entry's canonical JSON, or {@link ledgerGenesis} for the first entry. */
  readonly prev: string;
  /** ISO 8601 time of recording. */
  readonly time: string;
}

/** One thing that happened to the document: a generation applied, an edit, an import. */
export interface ProvenanceEvent extends LedgerEntryBase {
  readonly type: 'event';
  readonly actor: LedgerActor;
  readonly action: C2paAction;
  readonly digitalSourceType: DigitalSourceType;
  readonly provider?: string;
  readonly model?: string;
  readonly modelVersion?: string;
  readonly requestId?: string;
  /** `hmac-sha256:<hex>` of the prompt under the install's secret key: proves which prompt without revealing it. */
  readonly promptDigest?: string;
  /** The prompt itself, only when the user opted in (`recordPrompt: true`). */
  readonly prompt?: string;
  /** Generation parameters with anything key-like removed. */
  readonly parameters?: { readonly [key: string]: JsonValue };
  /** `sha256:<hex>` of the model's output text. */
  readonly outputDigest?: string;
  /** Where the output landed in the document. */
  readonly span?: TextSpan;
  readonly checks?: ChecksSummary;
  readonly usage?: Usage;
  readonly cost?: Cost;
  readonly source?: LedgerSource;
}

/** A signature over the chain head: everything before it is covered, so rewriting history breaks it. */
export interface CheckpointEntry extends LedgerEntryBase {
  readonly type: 'checkpoint';
  /** Entries before this one; a checkpoint that claims another count was moved or the ledger was cut. */
  readonly count: number;
  /** JOSE name of the signature algorithm: ECDSA P-256 with SHA-256, signature as r || s. */
  readonly algorithm: 'ES256';
  /** RFC 7638 JWK thumbprint (base64url SHA-256) of `publicKey`. */
  readonly keyId: string;
  readonly publicKey: PublicSigningKey;
  /** Base64url signature over the canonical JSON of this entry without `signature`. */
  readonly signature: string;
}

/** The public half of an ECDSA P-256 key as a JWK, only the members a thumbprint uses. */
export interface PublicSigningKey {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

/** One line of a provenance ledger. */
export type LedgerEntry = ProvenanceEvent | CheckpointEntry;

/** The `prev` of the first entry: 64 zeros, so the chain has a fixed, recognisable start. */
export const ledgerGenesis = '0'.repeat(64);
