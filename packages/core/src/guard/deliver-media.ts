import type { Finding } from '../findings/finding.js';
import type { LedgerSource } from '../provenance/ledger-entry.js';
import type { C2paAction, DigitalSourceType } from '../provenance/provenance-vocabulary.js';
import type { GeneratedFile } from '../models/generated-file.js';
import type { CallMetadata } from '../models/usage.js';
import type { GuardContext } from './guard-context.js';
import { recordMediaEvent } from './record-media-event.js';
import { signMediaFile } from './sign-media-file.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** What a guarded media call records besides the request: which task asked, and how to name the file. */
export interface MediaRecord {
  /** The task, e.g. `storyboard`; recorded as the AI actor's name. */
  readonly task: string;
  /** The title in the file's Content Credentials, e.g. `storyboard-shot-3`. */
  readonly title?: string;
  /** Settings worth recording (prompt id and version, length); filtered of anything key-like. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly action?: C2paAction;
  readonly digitalSourceType?: DigitalSourceType;
  readonly source?: LedgerSource;
}

/** A generated file as the user receives it: signed where the format allows, recorded, with what went wrong. */
export interface DeliveredFile {
  readonly file: GeneratedFile;
  /** It carries Content Credentials (ours, or the provider's own). */
  readonly signed: boolean;
  /** Its ledger entry; absent without a recorder, or when recording failed (then a finding says so). */
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
}

/**
 * The one path every generated media file takes (DESIGN §2.2): C2PA-signed when the guard has a signer and the format
 * takes a manifest, then recorded with the digest of the bytes delivered. A failure of either is a finding, never a
 * lost file: it was generated and paid for.
 */
export async function deliverMedia(guard: GuardContext, file: GeneratedFile, metadata: CallMetadata, record: MediaRecord): Promise<DeliveredFile> {
  const signed = await signMediaFile(file, metadata, guard.signer, new Date(guard.runtime.now()), record.title);
  const findings: Finding[] = signed.finding === undefined ? [] : [signed.finding];
  if (guard.recorder === undefined) return { file: signed.file, signed: signed.signed, findings };
  const outcome = await recordMediaEvent(guard.recorder, guard.runtime.hasher, {
    task: record.task,
    metadata,
    output: signed.file.bytes,
    parameters: { ...record.parameters, signed: signed.signed },
    ...omitUndefined({ action: record.action, digitalSourceType: record.digitalSourceType, source: record.source }),
  });
  if ('finding' in outcome) return { file: signed.file, signed: signed.signed, findings: [...findings, outcome.finding] };
  return { file: signed.file, signed: signed.signed, provenanceId: outcome.entryId, findings };
}
