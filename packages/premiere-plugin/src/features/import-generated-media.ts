import { toSignableMediaType, type GeneratedMediaSigner } from '@reelkit/core/checks/provenance/media';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { buildXmpPacket } from '../provenance/build-xmp-packet.js';

/** A file a model made: dubbed audio, a storyboard frame, a music cue, an upscaled shot. */
export interface GeneratedMediaFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly provider: string;
  readonly model: string;
  readonly modelVersion?: string;
  /** What it was made from, e.g. `German dub of interview.mov`. */
  readonly source: string;
  readonly provenanceId?: string;
  /** IPTC digital source type for the XMP; generated media by default, a composite for an upscaled clip. */
  readonly digitalSourceType?: string;
}

/** Generated files to bring into the project. */
export interface ImportGeneratedMediaRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly binName: string;
  readonly items: readonly GeneratedMediaFile[];
  /** With a signer, PNG, JPEG, MP3 and WAV files get a C2PA manifest before import. */
  readonly signer?: GeneratedMediaSigner;
  readonly now: () => Date;
}

/** What was imported, and which files carry Content Credentials. */
export interface ImportedGeneratedMedia {
  readonly imported: readonly ImportedItem[];
  readonly signed: readonly string[];
}

/**
 * Writes generated files to the work folder (C2PA-signed where the format allows), imports them into a bin, and sets
 * XMP provenance on every one of them in one undo step — the import step of dubbing, storyboards, music and video jobs.
 */
export async function importGeneratedMedia(request: ImportGeneratedMediaRequest): Promise<ImportedGeneratedMedia> {
  const folder = (await request.files.workFolder()).replace(/[/\\]+$/, '');
  const createdAt = request.now();
  const paths: string[] = [];
  const signed: string[] = [];
  const xmp: Record<string, string> = {};
  for (const item of request.items) {
    const path = `${folder}/${item.fileName}`;
    const signable = request.signer !== undefined && toSignableMediaType(item.mediaType) !== undefined;
    const bytes =
      signable && request.signer !== undefined
        ? await request.signer.signMedia(item.bytes, item.mediaType, {
            provider: item.provider,
            model: item.model,
            ...(item.modelVersion === undefined ? {} : { modelVersion: item.modelVersion }),
            createdAt,
            title: item.fileName,
          })
        : item.bytes;
    if (signable) signed.push(item.fileName);
    await request.files.writeBytes(path, bytes);
    paths.push(path);
    xmp[path] = buildXmpPacket({
      model: `${item.provider}/${item.model}`,
      ...(item.modelVersion === undefined ? {} : { modelVersion: item.modelVersion }),
      source: item.source,
      createdAt: createdAt.toISOString(),
      ...(item.provenanceId === undefined ? {} : { provenanceId: item.provenanceId }),
      ...(item.digitalSourceType === undefined ? {} : { digitalSourceType: item.digitalSourceType }),
    });
  }
  const imported = await request.host.importIntoBin({ paths, binName: request.binName, xmp, undoLabel: `Reelkit: provenance of ${request.binName}` });
  return { imported, signed };
}
