import type { CaptionCue } from '../../captions/caption-cue.js';
import { formatTimestamp } from '../../captions/format-timestamp.js';
import type { Finding } from '../../findings/finding.js';
import type { DeliveredFile } from '../../guard/deliver-media.js';
import type { GuardedSpeechModel } from '../../guard/guard-media-models.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { Cost } from '../../models/usage.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';
import { addCost, noCost } from '../../models/add-cost.js';
import { readAudioDuration } from './read-audio-duration.js';

/** One language's lines to voice: usually a translated caption track. */
export interface DubbingTrack {
  readonly language: string;
  readonly cues: readonly CaptionCue[];
  readonly voice?: string;
  /** Delivery notes for models that take them, e.g. "calm, low, unhurried". */
  readonly instructions?: string;
}

/** How to dub. */
export interface DubCuesRequest {
  /** Guarded: every take is signed (C2PA for WAV and MP3) and recorded, a retried one too. */
  readonly model: GuardedSpeechModel;
  readonly tracks: readonly DubbingTrack[];
  /** `wav` by default: exact duration, lossless for the edit, and signable. */
  readonly format?: 'wav' | 'mp3';
  /** Speaking speed of the first attempt; 1 by default. */
  readonly speed?: number;
  /** The fastest a retry may go (default 1.25, at most 4): faster sounds rushed, which is worse than a short overrun. */
  readonly maxSpeed?: number;
  /** Overrun that still counts as fitting, in seconds (default 0.1). */
  readonly toleranceSeconds?: number;
  readonly signal?: AbortSignal;
}

/** One voiced cue and how it fits its slot. */
export interface DubbedCue {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly audio: GeneratedFile;
  /** Measured from the audio; absent when the format could not be measured. */
  readonly durationSeconds?: number;
  /** The speed of the delivered take. */
  readonly speed: number;
  readonly attempts: 1 | 2;
  /** Seconds past the cue's end (0 when it fits); absent when the duration is unknown. */
  readonly overrunSeconds?: number;
  readonly signed: boolean;
  readonly provenanceId?: string;
}

/** A dubbed language. */
export interface DubbedTrack {
  readonly language: string;
  readonly cues: readonly DubbedCue[];
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Voices every cue of every track, one at a time, and measures each take. A take longer than its cue is retried
 * once at the speed that would fit (capped at `maxSpeed`); if it still runs over, the overrun is a finding.
 * Every take goes through the guarded model, which signs it (C2PA) and records it with its digest.
 */
export async function dubCues(request: DubCuesRequest): Promise<DubbedTrack[]> {
  const format = request.format ?? 'wav';
  const baseSpeed = request.speed ?? 1;
  // 4 is the fastest speech models accept.
  const maxSpeed = Math.min(4, Math.max(baseSpeed, request.maxSpeed ?? 1.25));
  const tolerance = request.toleranceSeconds ?? 0.1;
  const results: DubbedTrack[] = [];
  for (const track of request.tracks) {
    const findings: Finding[] = [];
    const cues: DubbedCue[] = [];
    let cost = noCost;
    const speak = async (text: string, speed: number, cue: number, attempt: 1 | 2): Promise<{ audio: DeliveredFile; seconds: number | undefined }> => {
      const result = await request.model.synthesize({
        text,
        format,
        speed,
        ...omitUndefined({ voice: track.voice, instructions: track.instructions, signal: request.signal }),
        record: { task: 'dubbing', title: `dub-${track.language}-${cue}`, parameters: { language: track.language, cue, speed, attempt, ...omitUndefined({ voice: track.voice }) } },
      });
      cost = addCost(cost, result.cost);
      return { audio: result.audio, seconds: readAudioDuration(result.audio.file.bytes, result.audio.file.mediaType) };
    };
    for (const [index, cue] of track.cues.entries()) {
      const text = cue.lines.join(' ');
      const slot = cue.end - cue.start;
      const where = `${track.language}: Cue ${index + 1} (${formatTimestamp(cue.start, '.')})`;
      let take = await speak(text, baseSpeed, index + 1, 1);
      let speed = baseSpeed;
      let attempts: 1 | 2 = 1;
      const fitSpeed = take.seconds === undefined || slot <= 0 ? baseSpeed : Math.min(maxSpeed, Math.ceil(((baseSpeed * take.seconds) / slot) * 100) / 100);
      if (take.seconds !== undefined && take.seconds > slot + tolerance && fitSpeed > baseSpeed) {
        take = await speak(text, fitSpeed, index + 1, 2);
        speed = fitSpeed;
        attempts = 2;
      }
      const overrun = take.seconds === undefined ? undefined : round(Math.max(0, take.seconds - slot), 3);
      if (overrun === undefined) {
        findings.push({ ruleId: 'dubbing.duration-unknown', category: 'timing', severity: 'info', message: `${where}: the length of the ${take.audio.file.mediaType} take could not be measured.`, suggestion: 'Dub as WAV or MP3 to have the timing checked.' });
      } else if (overrun > tolerance) {
        findings.push({
          ruleId: 'dubbing.overrun',
          category: 'timing',
          severity: 'warning',
          message: `${where}: the line runs ${round(take.seconds ?? 0, 2)} s in a ${round(slot, 2)} s cue (${overrun} s over) at speed ${speed}.`,
          evidence: text,
          suggestion: 'Shorten the line, or let it run into the pause after the cue.',
        });
      }
      findings.push(...take.audio.findings);
      cues.push({
        index,
        start: cue.start,
        end: cue.end,
        text,
        audio: take.audio.file,
        ...omitUndefined({ durationSeconds: take.seconds }),
        speed,
        attempts,
        ...omitUndefined({ overrunSeconds: overrun }),
        signed: take.audio.signed,
        ...omitUndefined({ provenanceId: take.audio.provenanceId }),
      });
    }
    results.push({ language: track.language, cues, findings, cost });
  }
  return results;
}
