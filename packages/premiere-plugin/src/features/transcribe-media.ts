import type { CaptionRules } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { type Cost, type TranscriptionModel } from '@reelkit/core/models';
import { transcribeToCaptions, type CaptionsFromAudio } from '@reelkit/core/tasks/captions';
import { sidecarPaths, type SidecarPaths } from '../captions/sidecar-paths.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { buildXmpPacket } from '../provenance/build-xmp-packet.js';
import { deliverSidecar } from '../provenance/deliver-sidecar.js';
import { fileNameOf } from '../paths/file-name-of.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A clip's media to transcribe. */
export interface TranscribeMediaRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The panel session's guard: the transcript and the SRT are recorded in its project ledger. */
  readonly guard: Guard;
  readonly model: TranscriptionModel;
  /** The clip's media file (what `ClipProjectItem.getMediaFilePath` reports). */
  readonly mediaPath: string;
  readonly mediaType: string;
  /** ISO-639-1 language of the speech, when known. */
  readonly language?: string;
  /** Names to spell as the script does. */
  readonly vocabulary?: readonly string[];
  readonly rules?: Partial<CaptionRules>;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
}

/** What a transcription produced and where it went. */
export interface TranscribedMedia {
  /** The core's captions: cues, SRT, WebVTT, Premiere transcript JSON and the rules they still break. */
  readonly captions: CaptionsFromAudio;
  readonly paths: SidecarPaths;
  /** The SRT sidecar, imported into the `Reelkit Captions` bin. */
  readonly imported: readonly ImportedItem[];
  /** The SRT's ledger entry, which its XMP names. */
  readonly provenanceId?: string;
  /** The core's findings on the captions, and any on the SRT's delivery. */
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/** The bin sidecars are imported into. */
export const captionsBinName = 'Reelkit Captions';

/**
 * Transcribes a clip with word timings through the guard, writes SRT, WebVTT and Adobe transcript JSON beside each
 * other, attaches the transcript to the clip (one undo step: Premiere's Text panel then shows it) and imports the SRT
 * — delivered through the guard, so it has its own ledger entry — with XMP naming that entry.
 */
export async function transcribeMedia(request: TranscribeMediaRequest): Promise<TranscribedMedia> {
  const audio = await request.files.readBytes(request.mediaPath);
  const fileName = fileNameOf(request.mediaPath);
  const captions = await transcribeToCaptions({
    model: request.guard.transcription(request.model),
    audio,
    filename: fileName,
    mediaType: request.mediaType,
    ...omitUndefined({ language: request.language, vocabulary: request.vocabulary, rules: request.rules, signal: request.signal }),
  });
  const paths = sidecarPaths(await request.files.workFolder(), request.mediaPath);
  const srt = await deliverSidecar(request.guard, {
    text: captions.srt,
    mediaType: 'application/x-subrip',
    model: request.model,
    task: 'captions',
    title: fileNameOf(paths.srt),
    generations: captions.provenanceId === undefined ? [] : [captions.provenanceId],
  });
  await request.files.writeBytes(paths.srt, srt.file.bytes);
  await request.files.writeText(paths.webVtt, captions.webVtt);
  if (captions.premiereTranscript !== undefined) {
    const json = JSON.stringify(captions.premiereTranscript);
    await request.files.writeText(paths.transcript, json);
    await request.host.attachTranscript(request.mediaPath, json, `Reelkit: transcript of ${fileName}`);
  }
  const xmp = buildXmpPacket({
    model: `${request.model.provider}/${request.model.modelId}`,
    source: `speech in ${fileName}`,
    description: `Captions transcribed from ${fileName}`,
    createdAt: request.now().toISOString(),
    ...omitUndefined({ provenanceId: srt.provenanceId }),
  });
  const imported = await request.host.importIntoBin({ paths: [paths.srt], binName: captionsBinName, xmp: { [paths.srt]: xmp }, undoLabel: `Reelkit: captions of ${fileName}` });
  return { captions, paths, imported, ...omitUndefined({ provenanceId: srt.provenanceId }), findings: [...captions.findings, ...srt.findings], cost: captions.cost };
}
