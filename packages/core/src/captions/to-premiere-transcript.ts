import { endsSentence } from './ends-sentence.js';
import type { CaptionWord } from './caption-word.js';
import { createUuidV4 } from './create-uuid-v4.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';
import type { PremiereSegment, PremiereSpeaker, PremiereTranscript, PremiereWord } from './premiere-transcript.js';
import { toPremiereLanguage } from './to-premiere-language.js';

/** How a transcript becomes Premiere JSON. */
export interface PremiereTranscriptOptions {
  /** BCP 47 tag or Whisper language name; unknown or unsupported becomes `??-??`. */
  readonly language?: string;
  /** Display names by the words' speaker labels (`SPEAKER_00` -> `Mara`). */
  readonly speakerNames?: Readonly<Record<string, string>>;
  /** Speaker id source; defaults to WebCrypto's `randomUUID`, or a v4 UUID from `Math.random` where it is missing. */
  readonly randomUUID?: () => string;
  /** A silence longer than this starts a new segment (default 1 s). */
  readonly segmentPauseSeconds?: number;
  /** After this long, a segment ends at the next sentence end (default 10 s). */
  readonly maxSegmentSeconds?: number;
}

// Hesitations Premiere marks as fillers so editors can cut them.
const fillers = new Set(['um', 'umm', 'uh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm']);
const hasWordCharacter = /[\p{L}\p{N}]/u;

/**
 * Converts timed words (with optional speaker labels and confidences) into Adobe's transcript JSON for Premiere Pro:
 * one UUID speaker per label in order of first appearance, segments split at speaker changes, at pauses and at
 * sentence ends once long, words typed `word` or `punctuation`, sentence ends marked `eos`, `um`/`uh` tagged
 * `filler`, times rounded to milliseconds. Throws when there are no words: the format needs at least one segment.
 */
export function toPremiereTranscript(words: readonly CaptionWord[], options: PremiereTranscriptOptions = {}): PremiereTranscript {
  const spoken = words.filter((word) => word.text.trim() !== '');
  if (spoken.length === 0) {
    throw new InvalidCaptionInputError('A Premiere transcript needs at least one word.', 'Transcribe audio that contains speech first.');
  }
  const language = toPremiereLanguage(options.language);
  const randomUUID = options.randomUUID ?? defaultRandomUUID();
  const pause = options.segmentPauseSeconds ?? 1;
  const maxSegment = options.maxSegmentSeconds ?? 10;

  const speakers: PremiereSpeaker[] = [];
  const speakerIds = new Map<string, string>();
  const speakerFor = (label: string | undefined): string => {
    const key = label ?? '';
    let id = speakerIds.get(key);
    if (id === undefined) {
      id = randomUUID();
      speakerIds.set(key, id);
      speakers.push({ id, name: options.speakerNames?.[key] ?? (label === undefined || label.trim() === '' ? `Speaker ${speakers.length + 1}` : label) });
    }
    return id;
  };

  const segments: PremiereSegment[] = [];
  let current: { speaker: string; words: PremiereWord[]; end: number } | undefined;
  for (const word of spoken) {
    const speaker = speakerFor(word.speaker);
    const converted = convertWord(word);
    const previous = current?.words[current.words.length - 1];
    const longSentenceDone = current !== undefined && previous !== undefined && previous.eos && previous.start + previous.duration - (current.words[0]?.start ?? 0) >= maxSegment;
    if (current === undefined || current.speaker !== speaker || converted.start - current.end > pause || longSentenceDone) {
      if (current !== undefined) segments.push(closeSegment(current, language));
      current = { speaker, words: [], end: converted.start };
    }
    current.words.push(converted);
    current.end = Math.max(current.end, converted.start + converted.duration);
  }
  if (current !== undefined) segments.push(closeSegment(current, language));
  return { language, segments, speakers };
}

function convertWord(word: CaptionWord): PremiereWord {
  const text = word.text.trim();
  const start = roundMs(Math.max(0, word.start));
  const bare = text.toLowerCase().replace(/[^\p{L}]/gu, '');
  return {
    confidence: Math.min(1, Math.max(0, word.confidence ?? 1)),
    duration: roundMs(Math.max(0, word.end - Math.max(0, word.start))),
    eos: endsSentence(text),
    start,
    tags: fillers.has(bare) ? ['filler'] : [],
    text,
    type: hasWordCharacter.test(text) ? 'word' : 'punctuation',
  };
}

function closeSegment(segment: { speaker: string; words: PremiereWord[]; end: number }, language: PremiereSegment['language']): PremiereSegment {
  const start = segment.words[0]?.start ?? 0;
  return { duration: roundMs(segment.end - start), language, speaker: segment.speaker, start, words: segment.words };
}

function defaultRandomUUID(): () => string {
  const crypto = globalThis.crypto as Crypto | undefined;
  return typeof crypto?.randomUUID === 'function' ? () => crypto.randomUUID() : () => createUuidV4(Math.random);
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
