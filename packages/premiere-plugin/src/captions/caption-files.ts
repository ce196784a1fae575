import {
  defaultCaptionRules,
  segmentCaptions,
  toPremiereTranscript,
  writeSrt,
  writeWebVtt,
  type CaptionCue,
  type CaptionFinding,
  type CaptionRules,
  type CaptionWord,
  type PremiereTranscript,
  type PremiereTranscriptOptions,
} from '@reelkit/core';

/** Everything one transcription delivers: cues by broadcast rules, the sidecars, and Premiere's transcript JSON. */
export interface CaptionFiles {
  readonly cues: readonly CaptionCue[];
  readonly srt: string;
  readonly webVtt: string;
  /** Absent when there is no speech: Adobe's format needs at least one segment. */
  readonly transcript?: PremiereTranscript;
  /** Rules the cues still break (e.g. a word too long for a line). */
  readonly findings: readonly CaptionFinding[];
}

/** Turns timed words into SRT, WebVTT and Premiere transcript JSON with the core's caption engine. */
export function createCaptionFiles(
  words: readonly CaptionWord[],
  options: { readonly rules?: Partial<CaptionRules>; readonly transcript?: PremiereTranscriptOptions } = {},
): CaptionFiles {
  const { cues, findings } = segmentCaptions(words, { ...defaultCaptionRules, ...options.rules });
  const spoken = words.some((word) => word.text.trim() !== '');
  return {
    cues,
    srt: writeSrt(cues),
    webVtt: writeWebVtt(cues),
    ...(spoken ? { transcript: toPremiereTranscript(words, options.transcript) } : {}),
    findings,
  };
}
