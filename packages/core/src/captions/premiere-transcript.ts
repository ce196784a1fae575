/** The language codes Premiere Pro accepts in a transcript; `??-??` is unknown. */
export const premiereLanguageCodes = [
  'en-us', 'en-gb', 'zh-hk', 'cmn-hans', 'cmn-hant', 'es-es', 'de-de', 'fr-fr', 'ja-jp', 'pt-pt', 'pt-br', 'ko-kr', 'it-it',
  'ru-ru', 'hi-in', 'nb-no', 'sv-se', 'nl-nl', 'da-dk', 'id-id', 'th-th', 'vi-vn', 'ms-my', 'tr-tr', 'pl-pl', 'fil-ph',
  'te-in', 'ml-in', 'pa-in', '??-??',
] as const;

/** One of Premiere Pro's transcript language codes. */
export type PremiereLanguageCode = (typeof premiereLanguageCodes)[number];

/** A word in Adobe's transcript format; times in seconds. */
export interface PremiereWord {
  readonly confidence: number;
  readonly duration: number;
  /** True when the word ends a sentence. */
  readonly eos: boolean;
  readonly start: number;
  readonly tags: readonly ('profanity' | 'filler')[];
  /** The word with its punctuation. */
  readonly text: string;
  readonly type: 'word' | 'punctuation';
}

/** Continuous speech by one speaker. */
export interface PremiereSegment {
  readonly duration: number;
  readonly language: PremiereLanguageCode;
  /** A speaker id from `speakers`. */
  readonly speaker: string;
  readonly start: number;
  readonly words: readonly PremiereWord[];
}

/** A speaker: a UUID and a display name. */
export interface PremiereSpeaker {
  readonly id: string;
  readonly name: string;
}

/** The transcript JSON Premiere Pro imports (`Transcript.importFromJSON`), per Adobe's transcript format schema. */
export interface PremiereTranscript {
  readonly language: PremiereLanguageCode;
  readonly segments: readonly PremiereSegment[];
  readonly speakers: readonly PremiereSpeaker[];
}
