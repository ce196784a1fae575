// Captions engine: segmentation by broadcast rules, SRT and WebVTT, Premiere transcript JSON.
export type { CaptionCue } from './caption-cue.js';
export type { CaptionFinding, CaptionRuleId } from './caption-finding.js';
export type { CaptionParseIssue, CaptionParseResult } from './caption-parse-result.js';
export { defaultCaptionRules, type CaptionRules } from './caption-rules.js';
export type { CaptionWord } from './caption-word.js';
export { checkCaptions } from './check-captions.js';
export { createUuidV4 } from './create-uuid-v4.js';
export { escapeWebVttText } from './escape-webvtt-text.js';
export { formatTimestamp } from './format-timestamp.js';
export { InvalidCaptionInputError } from './invalid-caption-input-error.js';
export { parseSrt } from './parse-srt.js';
export { parseTimestamp } from './parse-timestamp.js';
export { parseWebVtt, type WebVttParseResult } from './parse-webvtt.js';
export {
  premiereLanguageCodes,
  type PremiereLanguageCode,
  type PremiereSegment,
  type PremiereSpeaker,
  type PremiereTranscript,
  type PremiereWord,
} from './premiere-transcript.js';
export { segmentCaptions, type SegmentedCaptions } from './segment-captions.js';
export { toPremiereLanguage } from './to-premiere-language.js';
export { toPremiereTranscript, type PremiereTranscriptOptions } from './to-premiere-transcript.js';
export { unescapeWebVttText } from './unescape-webvtt-text.js';
export { writeSrt, type SrtWriteOptions } from './write-srt.js';
export { writeWebVtt, type WebVttWriteOptions } from './write-webvtt.js';
