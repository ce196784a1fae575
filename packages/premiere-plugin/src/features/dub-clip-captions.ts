import { parseSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { type Cost, type SpeechModel } from '@reelkit/core/models';
import { addCost, noCost } from '@reelkit/core/models';
import { readCast } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import { dubCues, readAudioDuration, type DubbedCue } from '@reelkit/core/tasks/dubbing';
import { assignVoices, attributeSpokenLines, type AttributedLine } from '@reelkit/core/tasks/script-assembly';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { placeWavTakes } from '../audio/place-wav-takes.js';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { composedFileMetadata } from '../provenance/composed-file-metadata.js';
import { dubbingTracksByCharacter } from './dubbing-tracks-by-character.js';
import { importGeneratedMedia, type GeneratedMediaFile } from './import-generated-media.js';
import { placeDubTracks, type ImportedDub } from './place-dub-tracks.js';
import { readClipWords } from './read-clip-words.js';
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
  /** The voice of lines no character is found for (all lines, without a script). */
  readonly voice?: string;
  /**
   * The script the clip was shot from: each line is then voiced as its character, by aligning the clip's transcript
   * with the script's cues — the voice the cast block declares (`voice`), else the next of `voices`.
   */
  readonly fountain?: string;
  readonly voices?: readonly string[];
  /** Where the running Premiere can lay the dubs on new tracks under the clip (26.3+). */
  readonly capabilities?: PremiereCapabilities;
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
  /** Character → voice per language, when a script gave the lines to characters. */
  readonly voices: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** What placing the dubs on the timeline did, or why it did not, as a sentence ('' when not asked). */
  readonly placement: string;
}

/** The bin dubbed audio is imported into. */
export const dubbingBinName = 'Reelkit Dubbing';

/**
 * Voices each language's translated captions with the core's `dubCues` (WAV, retried faster when a take overruns) —
 * each character with their own voice when a script is given — lays the takes on one WAV per language at their cue
 * times, delivers that WAV through the guard (C2PA-signed, its ledger entry listing the takes and voices), imports
 * the tracks with XMP in one undo step and, where the version can, lays them under the clip on new named tracks.
 */
export async function dubClipCaptions(request: DubClipCaptionsRequest): Promise<DubbedClip> {
  const folder = await request.files.workFolder();
  const fileName = fileNameOf(request.mediaPath);
  const stem = fileName.replace(/\.[^.]+$/, '');
  // Takes are recorded but not signed: they are parts, and only the track the editor receives carries a manifest.
  const voice = request.guard.withSigner(undefined).speech(request.model);
  const items: GeneratedMediaFile[] = [];
  const dubs: ImportedDub[] = [];
  const findings: Finding[] = [];
  const voicesByLanguage: Record<string, Readonly<Record<string, string>>> = {};
  const attribution = request.fountain === undefined ? undefined : await attribute(request, request.fountain).catch((error: unknown) => {
    // Without a transcript of the clip there is nothing to match to the script: one voice, and a finding says why.
    if (!(error instanceof PremiereHostError)) throw error;
    findings.push({ ruleId: 'dubbing.one-voice', category: 'continuity', severity: 'info', message: `${fileName} has no transcript to match to the script: every line is voiced with one voice.`, suggestion: 'Transcribe the clip, then dub again for a voice per character.' });
    return undefined;
  });
  let cost = noCost;
  for (const [index, language] of request.languages.entries()) {
    const path = sidecarPaths(folder, request.mediaPath, language).srt;
    const text = await request.files.readBytes(path).then(
      (bytes) => new TextDecoder().decode(bytes),
      () => '',
    );
    const cues = parseSrt(text).cues;
    if (cues.length === 0) throw new PremiereHostError(`No ${language} captions for ${fileName}.`, `Run "Translate captions" into ${language} first.`);
    const voiced = attribution === undefined ? { tracks: [{ language, cues, ...omitUndefined({ voice: request.voice }) }], voices: {} } : dubbingTracksByCharacter(language, cues, attribution.lines, attribution.voices, request.voice);
    const dubbed = await dubCues({ model: voice, tracks: voiced.tracks, format: 'wav', ...omitUndefined({ signal: request.signal }) });
    const taken: DubbedCue[] = dubbed.flatMap((part) => part.cues).sort((a, b) => a.start - b.start);
    const track = { cues: taken, findings: dubbed.flatMap((part) => part.findings), cost: dubbed.reduce((sum, part) => addCost(sum, part.cost), noCost) };
    if (taken.length === 0) continue;
    findings.push(...track.findings);
    cost = addCost(cost, track.cost);
    voicesByLanguage[language] = voiced.voices;
    const lastEnd = cues.reduce((end, cue) => Math.max(end, cue.end), 0);
    const wav = placeWavTakes(track.cues.map((cue) => ({ startSeconds: cue.start, wav: cue.audio.bytes })), lastEnd);
    if (wav === undefined) throw new PremiereHostError(`The ${language} takes are not PCM WAV of one format.`, 'Use a speech model that returns WAV.');
    const dubName = `${stem}.${language}.dub.wav`;
    const delivered = await request.guard.deliver({ bytes: wav, mediaType: 'audio/wav' }, composedFileMetadata(request.model), {
      task: 'dubbing',
      title: dubName,
      parameters: { language, takes: track.cues.flatMap((cue) => (cue.provenanceId === undefined ? [] : [cue.provenanceId])), ...(attribution === undefined ? {} : { voices: voiced.voices }) },
      source: { title: fileNameOf(path) },
    });
    items.push({ fileName: dubName, delivered, provider: request.model.provider, model: request.model.modelId, source: `${language} dub of ${fileName}` });
    dubs.push({ path: `${folder.replace(/[/\\]+$/, '')}/${dubName}`, language, seconds: readAudioDuration(wav, 'audio/wav') ?? lastEnd });
    request.onProgress?.((index + 1) / request.languages.length);
  }
  const imported = await importGeneratedMedia({ host: request.host, files: request.files, binName: dubbingBinName, items, now: () => new Date(request.guard.runtime.now()) });
  const placement = request.capabilities === undefined ? '' : await placeDubTracks(request, request.mediaPath, dubs, request.capabilities);
  return { imported: imported.imported, signed: imported.signed, findings: [...findings, ...imported.findings], cost, voices: voicesByLanguage, placement };
}

/** The clip's spoken lines given to the script's characters, and a voice for each character. */
async function attribute(request: DubClipCaptionsRequest, fountain: string): Promise<{ lines: readonly AttributedLine[]; voices: ReturnType<typeof assignVoices> }> {
  const screenplay = parseFountain(fountain);
  const { words, language } = await readClipWords(request.host, request.files, request.mediaPath);
  const lines = attributeSpokenLines(screenplay, words, omitUndefined({ language }));
  const speaking = [...new Set(lines.flatMap((line) => (line.character === undefined ? [] : [line.character])))];
  return { lines, voices: assignVoices(speaking, readCast(screenplay).members, request.voices ?? []) };
}
