import type { Finding } from '../../findings/finding.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { JobHandle } from '../../models/job.js';
import type { GuardedJobModel } from '../../guard/guard-media-models.js';
import type { MusicRequest } from '../../models/music-model.js';
import type { Cost } from '../../models/usage.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** How to collect a submitted cue. */
export interface CollectMusicCueRequest {
  /** Guarded: the finished cue is signed (C2PA for MP3 and WAV) and recorded through the guard. */
  readonly model: GuardedJobModel<MusicRequest>;
  readonly handle: JobHandle;
  /** Recorded with the file, e.g. the plan's prompt id and length. */
  readonly parameters?: Readonly<Record<string, unknown>>;
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

/** Waits for a music job and delivers the cue through the guard: signed with C2PA where the format allows, recorded. */
export async function collectMusicCue(request: CollectMusicCueRequest): Promise<MusicCue> {
  const delivered = await request.model.collect(request.handle, omitUndefined({ intervalMs: request.intervalMs, signal: request.signal }), {
    task: 'music-cue',
    title: `music-cue-${request.handle.id}`,
    ...omitUndefined({ parameters: request.parameters }),
  });
  return { audio: delivered.file, signed: delivered.signed, ...omitUndefined({ provenanceId: delivered.provenanceId }), findings: delivered.findings, cost: delivered.metadata.cost };
}
