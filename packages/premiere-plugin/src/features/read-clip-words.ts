import { readPremiereTranscript, type SpokenWord } from '@reelkit/core/tasks/rough-cut';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';

/** A clip's timed words, and which transcript they came from. */
export interface ClipWords {
  readonly words: readonly SpokenWord[];
  readonly language?: string;
  /** `premiere`: Premiere's own (Speech to Text, as corrected in the Text panel); `reelkit`: the panel's sidecar. */
  readonly from: 'premiere' | 'reelkit';
}

/**
 * The words of a clip: Premiere's own transcript when the clip has one (the editor may have corrected it in the Text
 * panel), else the transcript JSON "Transcribe clip" wrote beside it. Throws, saying how to make one, when neither has words.
 */
export async function readClipWords(host: PremiereHost, files: FileStore, mediaPath: string): Promise<ClipWords> {
  const premiere = await host.readClipTranscript(mediaPath);
  const fromPremiere = premiere === undefined ? undefined : readPremiereTranscript(premiere);
  if (fromPremiere !== undefined && fromPremiere.words.length > 0) return { words: fromPremiere.words, ...(fromPremiere.language === undefined ? {} : { language: fromPremiere.language }), from: 'premiere' };
  const sidecar = await files.readBytes(sidecarPaths(await files.workFolder(), mediaPath).transcript).then(
    (bytes) => readPremiereTranscript(new TextDecoder().decode(bytes)),
    () => undefined,
  );
  if (sidecar !== undefined && sidecar.words.length > 0) return { words: sidecar.words, ...(sidecar.language === undefined ? {} : { language: sidecar.language }), from: 'reelkit' };
  throw new PremiereHostError(`${fileNameOf(mediaPath)} has no transcript.`, 'Transcribe it in Premiere (Window → Text → Transcript) or with "Transcribe clip", then try again.');
}
