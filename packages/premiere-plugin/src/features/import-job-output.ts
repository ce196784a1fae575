import type { GeneratedMediaSigner } from '@reelkit/core/checks/provenance/media';
import type { GeneratedFile } from '@reelkit/core/models';
import type { StoredJob } from '../jobs/job-store.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { importGeneratedMedia, type ImportedGeneratedMedia } from './import-generated-media.js';

const extensions: Readonly<Record<string, string>> = { 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/mpeg': 'mp3', 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'image/png': 'png', 'image/jpeg': 'jpg' };

// The bin a finished job's file goes to, by job kind.
function binForJob(kind: string): string {
  return kind === 'music' ? 'Reelkit Music' : kind.startsWith('video.') ? 'Reelkit Video' : 'Reelkit';
}

function isGeneratedFile(value: unknown): value is GeneratedFile {
  return typeof value === 'object' && value !== null && (value as GeneratedFile).bytes instanceof Uint8Array && typeof (value as GeneratedFile).mediaType === 'string';
}

/**
 * Imports what a finished music or video job produced (the tracker already waited for it, after a reload too):
 * C2PA-signed where the format allows, XMP on import, into the job kind's bin, named after the job.
 */
export async function importJobOutput(options: { readonly host: PremiereHost; readonly files: FileStore; readonly signer?: GeneratedMediaSigner; readonly now: () => Date }, job: StoredJob, output: unknown): Promise<ImportedGeneratedMedia> {
  const file = Array.isArray(output) ? (output as unknown[]).find(isGeneratedFile) : output;
  if (!isGeneratedFile(file)) throw new PremiereHostError(`${job.label} finished without a file.`, 'Check the job at the provider; nothing was imported.');
  const slug = job.label.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || job.handle.kind;
  return importGeneratedMedia({
    host: options.host,
    files: options.files,
    binName: binForJob(job.handle.kind),
    ...(options.signer === undefined ? {} : { signer: options.signer }),
    now: options.now,
    items: [
      {
        fileName: `${slug}-${job.handle.id}.${extensions[file.mediaType] ?? 'bin'}`,
        bytes: file.bytes,
        mediaType: file.mediaType,
        provider: job.handle.provider,
        model: job.handle.modelId,
        source: job.label,
        // Interpolated frames and upscaled detail are generated into the editor's own footage.
        ...(job.handle.kind.startsWith('video.') ? { digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia' } : {}),
      },
    ],
  });
}
