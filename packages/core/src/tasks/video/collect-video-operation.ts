import type { Finding } from '../../findings/finding.js';
import type { LedgerSource } from '../../provenance/ledger-entry.js';
import { digitalSourceTypes } from '../../provenance/provenance-vocabulary.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { JobHandle, JobStatus } from '../../models/job.js';
import type { GuardedJobModel } from '../../guard/guard-media-models.js';
import type { Cost } from '../../models/usage.js';
import type { VideoOperationRequest } from '../../models/video-model.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** How to collect an operation. */
export interface CollectVideoOperationRequest {
  /** Guarded: the finished file is delivered (recorded) through the guard. */
  readonly model: GuardedJobModel<VideoOperationRequest>;
  readonly handle: JobHandle;
  /** The clip the operation worked on, linked from the ledger entry. */
  readonly source?: LedgerSource;
  readonly intervalMs?: number;
  readonly onProgress?: (progress: number | undefined) => void;
  readonly signal?: AbortSignal;
}

/** A finished operation. */
export interface VideoOperationResult {
  readonly video: GeneratedFile;
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/**
 * Waits for a video operation and records it as an edit of the user's clip made partly by a model (`c2pa.edited`,
 * compositeWithTrainedAlgorithmicMedia: interpolated frames and upscaled detail are generated). MP4 takes no
 * embedded manifest here, so the ledger entry is the record (and, with a signer, a finding says so).
 */
export async function collectVideoOperation(request: CollectVideoOperationRequest): Promise<VideoOperationResult> {
  const polling = {
    ...omitUndefined({ intervalMs: request.intervalMs, signal: request.signal }),
    ...(request.onProgress === undefined ? {} : { onStatus: (status: JobStatus<unknown>) => request.onProgress?.('progress' in status ? status.progress : undefined) }),
  };
  const delivered = await request.model.collect(request.handle, polling, {
    action: 'c2pa.edited',
    digitalSourceType: digitalSourceTypes.compositeWithTrainedAlgorithmicMedia,
    ...omitUndefined({ source: request.source }),
  });
  return { video: delivered.file, ...omitUndefined({ provenanceId: delivered.provenanceId }), findings: delivered.findings, cost: delivered.metadata.cost };
}
