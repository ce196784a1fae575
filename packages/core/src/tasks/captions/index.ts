// Transcription to captions with broadcast rules: SRT, WebVTT, Premiere transcript JSON.
export { captionRuleFindings } from './caption-rule-findings.js';
export { transcribeToCaptions, type CaptionsFromAudio, type TranscribeToCaptionsRequest } from './transcribe-to-captions.js';
