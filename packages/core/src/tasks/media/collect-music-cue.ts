import type { Finding } from '../../checks/finding.js';
import type { GeneratedMediaSigner } from '../../checks/provenance/media/generated-media-signer.js';
import type { ProvenanceRecorder } from '../../checks/provenance/provenance-recorder.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { JobHandle } from '../../models/job.js';
import type { MusicModel } from '../../models/music-model.js';
import type { Cost } from '../../models/usage.js';
import { waitForJob } from '../../models/wait-for-job.js';
import type { Runtime } from '../../runtime/runtime.js';
import { recordMediaEvent } from './record-media-event.js';
import { signMediaFile } from './sign-media-file.js';

/** How to collect a submitted cue. */
export interface CollectMusicCueRequest {
  readonly model: MusicModel;
  readonly handle: JobHandle;
  readonly runtime: Pick<Runtime, 'now' | 'hasher' | 'sleep'>;
  /** Recorded with the file, e.g. the plan's prompt id and length. */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly signer?: GeneratedMediaSigner;
  readonly recorder?: ProvenanceRecorder;
  readonly intervalMs?: number;
  readonly signal?: AbortSignal;
}

/** A finished cue: the audio (signed when it could be), its ledger entry, findings and cost. */
export interface MusicCue {
  readonly audio: GeneratedFile;
  readonly signed: boolean;
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/** Waits for a music job, signs the MP3/WAV with C2PA when a signer is given, and records it. */
export async function collectMusicCue(request: CollectMusicCueRequest): Promise<MusicCue> {
  const { output, metadata } = await waitForJob(request.model, request.handle, {
    runtime: request.runtime,
    ...(request.intervalMs === undefined ? {} : { intervalMs: request.intervalMs }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  });
  const signed = await signMediaFile(output, metadata, request.signer, new Date(request.runtime.now()), `music-cue-${request.handle.id}`);
  const findings: Finding[] = signed.finding === undefined ? [] : [signed.finding];
  const outcome =
    request.recorder === undefined
      ? undefined
      : await recordMediaEvent(request.recorder, request.runtime.hasher, {
          task: 'music-cue',
          metadata,
          output: signed.file.bytes,
          parameters: { ...request.parameters, job: request.handle.id, signed: signed.signed },
        });
  if (outcome !== undefined && 'finding' in outcome) findings.push(outcome.finding);
  return {
    audio: signed.file,
    signed: signed.signed,
    ...(outcome !== undefined && 'entryId' in outcome ? { provenanceId: outcome.entryId } : {}),
    findings,
    cost: metadata.cost,
  };
}
