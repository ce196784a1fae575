import { parseSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/checks';
import type { GeneratedMediaSigner } from '@reelkit/core/checks/provenance/media';
import { type Cost, type SpeechModel } from '@reelkit/core/models';
import type { Runtime } from '@reelkit/core/runtime';
import { addCost, dubCues, noCost } from '@reelkit/core/tasks/media';
import { placeWavTakes } from '../audio/place-wav-takes.js';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { importGeneratedMedia, type GeneratedMediaFile } from './import-generated-media.js';

/** Translated captions of a clip to voice. */
export interface DubClipCaptionsRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly model: SpeechModel;
  readonly mediaPath: string;
  /** Languages whose `<clip>.<tag>.srt` sidecars ("Translate captions") are voiced. */
  readonly languages: readonly string[];
  readonly voice?: string;
  readonly runtime: Pick<Runtime, 'now' | 'hasher'>;
  /** Signs each language's WAV with C2PA before import. */
  readonly signer?: GeneratedMediaSigner;
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** What dubbing imported, and how the takes fit their cues. */
export interface DubbedClip {
  readonly imported: readonly ImportedItem[];
  /** Files carrying Content Credentials. */
  readonly signed: readonly string[];
  /** Timing-fit findings (`dubbing.overrun`, ...), per language. */
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/** The bin dubbed audio is imported into. */
export const dubbingBinName = 'Reelkit Dubbing';

/**
 * Voices each language's translated captions with the core's `dubCues` (WAV, retried faster when a take overruns),
 * lays the takes on one WAV per language at their cue times, and imports them with C2PA and XMP in one undo step.
 */
export async function dubClipCaptions(request: DubClipCaptionsRequest): Promise<DubbedClip> {
  const folder = await request.files.workFolder();
  const fileName = request.mediaPath.slice(Math.max(request.mediaPath.lastIndexOf('/'), request.mediaPath.lastIndexOf('\\')) + 1);
  const stem = fileName.replace(/\.[^.]+$/, '');
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
      model: request.model,
      tracks: [{ language, cues, ...(request.voice === undefined ? {} : { voice: request.voice }) }],
      runtime: request.runtime,
      format: 'wav',
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
    if (track === undefined) continue;
    findings.push(...track.findings);
    cost = addCost(cost, track.cost);
    const lastEnd = cues.reduce((end, cue) => Math.max(end, cue.end), 0);
    const wav = placeWavTakes(track.cues.map((cue) => ({ startSeconds: cue.start, wav: cue.audio.bytes })), lastEnd);
    if (wav === undefined) throw new PremiereHostError(`The ${language} takes are not PCM WAV of one format.`, 'Use a speech model that returns WAV.');
    items.push({ fileName: `${stem}.${language}.dub.wav`, bytes: wav, mediaType: 'audio/wav', provider: request.model.provider, model: request.model.modelId, source: `${language} dub of ${fileName}` });
    request.onProgress?.((index + 1) / request.languages.length);
  }
  const { imported, signed } = await importGeneratedMedia({
    host: request.host,
    files: request.files,
    binName: dubbingBinName,
    items,
    ...(request.signer === undefined ? {} : { signer: request.signer }),
    now: () => new Date(request.runtime.now()),
  });
  return { imported, signed, findings, cost };
}
