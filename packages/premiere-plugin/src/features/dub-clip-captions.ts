import { parseSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { type Cost, type SpeechModel } from '@reelkit/core/models';
import { addCost, noCost } from '@reelkit/core/models';
import { dubCues } from '@reelkit/core/tasks/dubbing';
import { placeWavTakes } from '../audio/place-wav-takes.js';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { composedFileMetadata } from '../provenance/composed-file-metadata.js';
import { importGeneratedMedia, type GeneratedMediaFile } from './import-generated-media.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Translated captions of a clip to voice. */
export interface DubClipCaptionsRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The panel session's guard, with the signer: each take is recorded through it, each language's WAV delivered (signed) by it. */
  readonly guard: Guard;
  readonly model: SpeechModel;
  readonly mediaPath: string;
  /** Languages whose `<clip>.<tag>.srt` sidecars ("Translate captions") are voiced. */
  readonly languages: readonly string[];
  readonly voice?: string;
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** What dubbing imported, and how the takes fit their cues. */
export interface DubbedClip {
  readonly imported: readonly ImportedItem[];
  /** Files carrying Content Credentials. */
  readonly signed: readonly string[];
  /** Timing-fit findings (`dubbing.overrun`, ...), per language, and any on the tracks' delivery. */
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/** The bin dubbed audio is imported into. */
export const dubbingBinName = 'Reelkit Dubbing';

/**
 * Voices each language's translated captions with the core's `dubCues` (WAV, retried faster when a take overruns),
 * lays the takes on one WAV per language at their cue times, delivers that WAV through the guard (C2PA-signed, its
 * ledger entry listing the takes) and imports the tracks with XMP in one undo step.
 */
export async function dubClipCaptions(request: DubClipCaptionsRequest): Promise<DubbedClip> {
  const folder = await request.files.workFolder();
  const fileName = fileNameOf(request.mediaPath);
  const stem = fileName.replace(/\.[^.]+$/, '');
  // Takes are recorded but not signed: they are parts, and only the track the editor receives carries a manifest.
  const voice = request.guard.withSigner(undefined).speech(request.model);
  const items: GeneratedMediaFile[] = [];
  const findings: Finding[] = [];
  let cost = noCost;
  for (const [index, language] of request.languages.entries()) {
    const path = sidecarPaths(folder, request.mediaPath, language).srt;
    const text = await request.files.readBytes(path).then(
      (bytes) => new TextDecoder().decode(bytes),
      () => '',
    );
    const cues = parseSrt(text).cues;
    if (cues.length === 0) throw new PremiereHostError(`No ${language} captions for ${fileName}.`, `Run "Translate captions" into ${language} first.`);
    const [track] = await dubCues({
      model: voice,
      tracks: [{ language, cues, ...omitUndefined({ voice: request.voice }) }],
      format: 'wav',
      ...omitUndefined({ signal: request.signal }),
    });
    if (track === undefined) continue;
    findings.push(...track.findings);
    cost = addCost(cost, track.cost);
    const lastEnd = cues.reduce((end, cue) => Math.max(end, cue.end), 0);
    const wav = placeWavTakes(track.cues.map((cue) => ({ startSeconds: cue.start, wav: cue.audio.bytes })), lastEnd);
    if (wav === undefined) throw new PremiereHostError(`The ${language} takes are not PCM WAV of one format.`, 'Use a speech model that returns WAV.');
    const dubName = `${stem}.${language}.dub.wav`;
    const delivered = await request.guard.deliver({ bytes: wav, mediaType: 'audio/wav' }, composedFileMetadata(request.model), {
      task: 'dubbing',
      title: dubName,
      parameters: { language, takes: track.cues.flatMap((cue) => (cue.provenanceId === undefined ? [] : [cue.provenanceId])) },
      source: { title: fileNameOf(path) },
    });
    items.push({ fileName: dubName, delivered, provider: request.model.provider, model: request.model.modelId, source: `${language} dub of ${fileName}` });
    request.onProgress?.((index + 1) / request.languages.length);
  }
  const imported = await importGeneratedMedia({ host: request.host, files: request.files, binName: dubbingBinName, items, now: () => new Date(request.guard.runtime.now()) });
  return { imported: imported.imported, signed: imported.signed, findings: [...findings, ...imported.findings], cost };
}
