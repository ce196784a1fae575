import type { Finding } from '@reelkit/core/findings';
import type { DeliveredFile } from '@reelkit/core/guard';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { buildXmpPacket } from '../provenance/build-xmp-packet.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A generated file ready for the project: dubbed audio, a storyboard frame, a music cue, an upscaled shot. */
export interface GeneratedMediaFile {
  readonly fileName: string;
  /** The file as the guard delivered it: signed where the format allows, with its ledger entry. */
  readonly delivered: DeliveredFile;
  readonly provider: string;
  readonly model: string;
  readonly modelVersion?: string;
  /** What it was made from, e.g. `German dub of interview.mov`. */
  readonly source: string;
  /** IPTC digital source type for the XMP; generated media by default, a composite for an upscaled clip. */
  readonly digitalSourceType?: string;
}

/** Generated files to bring into the project. */
export interface ImportGeneratedMediaRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly binName: string;
  readonly items: readonly GeneratedMediaFile[];
  readonly now: () => Date;
}

/** What was imported, which files carry Content Credentials, and what their delivery found. */
export interface ImportedGeneratedMedia {
  readonly imported: readonly ImportedItem[];
  readonly signed: readonly string[];
  readonly findings: readonly Finding[];
}

/**
 * Writes delivered files to the work folder as the guard delivered them (signing happened there, once), imports them
 * into a bin, and sets XMP naming each file's ledger entry on every one of them in one undo step — the import step of
 * dubbing, storyboards, music and video jobs.
 */
export async function importGeneratedMedia(request: ImportGeneratedMediaRequest): Promise<ImportedGeneratedMedia> {
  const folder = (await request.files.workFolder()).replace(/[/\\]+$/, '');
  const createdAt = request.now().toISOString();
  const paths: string[] = [];
  const xmp: Record<string, string> = {};
  for (const item of request.items) {
    const path = `${folder}/${item.fileName}`;
    await request.files.writeBytes(path, item.delivered.file.bytes);
    paths.push(path);
    xmp[path] = buildXmpPacket({
      model: `${item.provider}/${item.model}`,
      ...omitUndefined({ modelVersion: item.modelVersion }),
      source: item.source,
      createdAt,
      ...omitUndefined({ provenanceId: item.delivered.provenanceId, digitalSourceType: item.digitalSourceType }),
    });
  }
  const imported = await request.host.importIntoBin({ paths, binName: request.binName, xmp, undoLabel: `Reelkit: provenance of ${request.binName}` });
  return {
    imported,
    signed: request.items.filter((item) => item.delivered.signed).map((item) => item.fileName),
    findings: request.items.flatMap((item) => item.delivered.findings),
  };
}
