import type { CaptionCue } from '../../captions/caption-cue.js';
import { defaultCaptionRules, type CaptionRules } from '../../captions/caption-rules.js';
import type { PremiereTranscript } from '../../captions/premiere-transcript.js';
import { segmentCaptions } from '../../captions/segment-captions.js';
import { toPremiereTranscript, type PremiereTranscriptOptions } from '../../captions/to-premiere-transcript.js';
import { writeSrt } from '../../captions/write-srt.js';
import { writeWebVtt } from '../../captions/write-webvtt.js';
import type { Finding } from '../../findings/finding.js';
import type { GuardedTranscriptionModel } from '../../guard/guard-media-models.js';
import type { TimedWord } from '../../models/transcription-model.js';
import type { Cost } from '../../models/usage.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';
import { captionRuleFindings } from './caption-rule-findings.js';

/** Audio to caption. */
export interface TranscribeToCaptionsRequest {
  /** Guarded: the transcript is recorded (`c2pa.created`, its digest) in the guard's ledger. */
  readonly model: GuardedTranscriptionModel;
  readonly audio: Uint8Array;
  readonly filename: string;
  readonly mediaType: string;
  /** ISO-639-1 language of the audio, when known. */
  readonly language?: string;
  /** Names to spell as the script does (characters, places), e.g. from the story bible. */
  readonly vocabulary?: readonly string[];
  /** Overrides of the broadcast defaults (42 characters a line, 2 lines, 17 a second, 0.83–7 s). */
  readonly rules?: Partial<CaptionRules>;
  readonly premiere?: Omit<PremiereTranscriptOptions, 'language'>;
  readonly signal?: AbortSignal;
}

/** Captions in every delivery format, with the rules they still break. */
export interface CaptionsFromAudio {
  readonly words: readonly TimedWord[];
  readonly cues: readonly CaptionCue[];
  readonly srt: string;
  readonly webVtt: string;
  /** Absent when the audio has no speech (the format needs at least one word; a finding says so). */
  readonly premiereTranscript?: PremiereTranscript;
  readonly language?: string;
  readonly findings: readonly Finding[];
  readonly provenanceId?: string;
  readonly cost: Cost;
}

/** Transcribes with word timings, segments by broadcast rules, and writes SRT, WebVTT and Premiere transcript JSON. */
export async function transcribeToCaptions(request: TranscribeToCaptionsRequest): Promise<CaptionsFromAudio> {
  const result = await request.model.transcribe({
    audio: request.audio,
    filename: request.filename,
    mediaType: request.mediaType,
    ...omitUndefined({ language: request.language }),
    ...(request.vocabulary === undefined || request.vocabulary.length === 0 ? {} : { prompt: request.vocabulary.join(', ') }),
    ...omitUndefined({ signal: request.signal }),
    record: { task: 'captions', parameters: { filename: request.filename, rules: { ...defaultCaptionRules, ...request.rules } } },
  });
  const rules = { ...defaultCaptionRules, ...request.rules };
  const { cues, findings: broken } = segmentCaptions(result.words, rules);
  const findings = [...result.findings, ...captionRuleFindings(broken, cues)];
  const language = request.language ?? result.language;
  const premiereTranscript =
    result.words.some((word) => word.text.trim() !== '') ? toPremiereTranscript(result.words, { ...request.premiere, ...omitUndefined({ language }) }) : undefined;
  if (premiereTranscript === undefined) {
    findings.push({ ruleId: 'captions.no-speech', category: 'language', severity: 'warning', message: `No speech was found in ${request.filename}.`, suggestion: 'Check the audio track and the language setting.' });
  }
  return {
    words: result.words,
    cues,
    srt: writeSrt(cues),
    webVtt: writeWebVtt(cues),
    ...omitUndefined({ premiereTranscript, language }),
    findings,
    ...omitUndefined({ provenanceId: result.provenanceId }),
    cost: result.cost,
  };
}
