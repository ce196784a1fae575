import { digitalSourceTypes } from '@reelkit/core/provenance';
import type { Guard } from '@reelkit/core/guard';
import type { CallMetadata, GeneratedFile } from '@reelkit/core/models';
import type { StoredJob } from '../jobs/job-store.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { importGeneratedMedia, type ImportedGeneratedMedia } from './import-generated-media.js';

const extensions: Readonly<Record<string, string>> = { 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/mpeg': 'mp3', 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** Where a finished job's file goes, and the guard that delivers it (with the signer for formats that take one). */
export interface ImportJobOutputOptions {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly guard: Pick<Guard, 'deliver'>;
  readonly now: () => Date;
}

// The bin a finished job's file goes to, by job kind.
function binForJob(kind: string): string {
  return kind === 'music' ? 'Reelkit Music' : kind.startsWith('video.') ? 'Reelkit Video' : 'Reelkit';
}

function isGeneratedFile(value: unknown): value is GeneratedFile {
  return typeof value === 'object' && value !== null && (value as GeneratedFile).bytes instanceof Uint8Array && typeof (value as GeneratedFile).mediaType === 'string';
}

/**
 * Imports what a finished music or video job produced (the tracker already waited for it, after a reload too):
 * delivered through the guard (signed where the format allows, recorded in the project ledger), then imported into
 * the job kind's bin with XMP naming its ledger entry, named after the job.
 */
export async function importJobOutput(options: ImportJobOutputOptions, job: StoredJob, output: unknown, metadata: CallMetadata): Promise<ImportedGeneratedMedia> {
  const file = Array.isArray(output) ? (output as unknown[]).find(isGeneratedFile) : output;
  if (!isGeneratedFile(file)) throw new PremiereHostError(`${job.label} finished without a file.`, 'Check the job at the provider; nothing was imported.');
  const slug = job.label.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || job.handle.kind;
  const fileName = `${slug}-${job.handle.id}.${extensions[file.mediaType] ?? 'bin'}`;
  // Interpolated frames and upscaled detail are generated into the editor's own footage: an edit, not a creation.
  const edit = job.handle.kind.startsWith('video.');
  const delivered = await options.guard.deliver(file, metadata, {
    task: job.handle.kind,
    title: fileName,
    parameters: { job: job.handle.id, label: job.label },
    ...(edit ? ({ action: 'c2pa.edited', digitalSourceType: digitalSourceTypes.compositeWithTrainedAlgorithmicMedia } as const) : {}),
  });
  return importGeneratedMedia({
    host: options.host,
    files: options.files,
    binName: binForJob(job.handle.kind),
    now: options.now,
    items: [
      {
        fileName,
        delivered,
        provider: job.handle.provider,
        model: job.handle.modelId,
        source: job.label,
        ...(edit ? { digitalSourceType: digitalSourceTypes.compositeWithTrainedAlgorithmicMedia } : {}),
      },
    ],
  });
}
