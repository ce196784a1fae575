import type { Finding } from '../../checks/finding.js';
import type { LedgerSource } from '../../checks/provenance/ledger-entry.js';
import type { ProvenanceRecorder } from '../../checks/provenance/provenance-recorder.js';
import { digitalSourceTypes } from '../../checks/provenance/provenance-vocabulary.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { JobHandle } from '../../models/job.js';
import type { Cost } from '../../models/usage.js';
import type { VideoOperationModel } from '../../models/video-model.js';
import { waitForJob } from '../../models/wait-for-job.js';
import type { Runtime } from '../../runtime/runtime.js';
import { recordMediaEvent } from './record-media-event.js';

/** How to collect an operation. */
export interface CollectVideoOperationRequest {
  readonly model: VideoOperationModel;
  readonly handle: JobHandle;
  readonly runtime: Pick<Runtime, 'hasher' | 'sleep'>;
  readonly recorder?: ProvenanceRecorder;
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
 * embedded manifest here, so the ledger entry is the record.
 */
export async function collectVideoOperation(request: CollectVideoOperationRequest): Promise<VideoOperationResult> {
  const { output, metadata } = await waitForJob(request.model, request.handle, {
    runtime: request.runtime,
    ...(request.intervalMs === undefined ? {} : { intervalMs: request.intervalMs }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
    ...(request.onProgress === undefined ? {} : { onStatus: (status) => request.onProgress?.('progress' in status ? status.progress : undefined) }),
  });
  const outcome =
    request.recorder === undefined
      ? undefined
      : await recordMediaEvent(request.recorder, request.runtime.hasher, {
          task: request.handle.kind,
          metadata,
          output: output.bytes,
          action: 'c2pa.edited',
          digitalSourceType: digitalSourceTypes.compositeWithTrainedAlgorithmicMedia,
          parameters: { job: request.handle.id },
          ...(request.source === undefined ? {} : { source: request.source }),
        });
  return {
    video: output,
    ...(outcome !== undefined && 'entryId' in outcome ? { provenanceId: outcome.entryId } : {}),
    findings: outcome !== undefined && 'finding' in outcome ? [outcome.finding] : [],
    cost: metadata.cost,
  };
}
