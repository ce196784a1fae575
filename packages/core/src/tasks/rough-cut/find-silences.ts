import type { PlannedCut } from './planned-cut.js';
import type { SpokenWord } from './spoken-word.js';

/** How silences are found and cut. */
export interface SilenceOptions {
  /** The shortest stretch without speech that counts as a silence (default 0.75 s). */
  readonly minSeconds?: number;
  /** Kept on each side of speech so words are not clipped (default 0.15 s). */
  readonly paddingSeconds?: number;
  /** `remove` closes the silence up (default); `gap` leaves the time empty on the timeline. */
  readonly mode?: 'remove' | 'gap';
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * Silence cuts between words, before the first and after the last: every stretch of at least `minSeconds` without a
 * word, less `paddingSeconds` beside speech. "Silence" means no speech in the transcript, not quiet audio: room tone
 * and music under a pause are cut too, which is what a dialogue rough cut wants.
 */
export function findSilences(words: readonly SpokenWord[], durationSeconds: number, options: SilenceOptions = {}): PlannedCut[] {
  const minimum = options.minSeconds ?? 0.75;
  const padding = options.paddingSeconds ?? 0.15;
  const mode = options.mode ?? 'remove';
  const cuts: PlannedCut[] = [];
  const add = (silenceStart: number, silenceEnd: number, start: number, end: number): void => {
    if (silenceEnd - silenceStart < minimum || end - start <= 0) return;
    cuts.push({
      id: `silence-${cuts.length + 1}`,
      reason: 'silence',
      ruleId: 'silence',
      start: round(start),
      end: round(end),
      selected: true,
      mode,
      note: `${(silenceEnd - silenceStart).toFixed(1)} s without speech${mode === 'gap' ? ', left as a gap' : ''}.`,
    });
  };
  let speechEnd = 0;
  for (const [index, word] of words.entries()) {
    if (index === 0) add(0, word.start, 0, word.start - padding);
    else if (word.start > speechEnd) add(speechEnd, word.start, speechEnd + padding, word.start - padding);
    speechEnd = Math.max(speechEnd, word.end);
  }
  if (words.length === 0) add(0, durationSeconds, 0, durationSeconds);
  else add(speechEnd, durationSeconds, speechEnd + padding, durationSeconds);
  return cuts;
}
