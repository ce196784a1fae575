import type { CaptionCue } from './caption-cue.js';
import { formatTimestamp } from './format-timestamp.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';

/** How an SRT file is written. */
export interface SrtWriteOptions {
  /** `\n` (default) or `\r\n`, which some older players and broadcast tools expect. */
  readonly lineEnding?: '\n' | '\r\n';
}

/**
 * Writes SubRip: cues numbered from 1, `00:00:01,000 --> 00:00:02,500`, the lines as plain text (SRT has no escaping;
 * blank lines are dropped because a blank line ends a cue), a blank line after each cue.
 */
export function writeSrt(cues: readonly CaptionCue[], options: SrtWriteOptions = {}): string {
  const newline = options.lineEnding ?? '\n';
  return cues
    .map((cue, index) => {
      if (cue.end < cue.start) {
        throw new InvalidCaptionInputError(`Cue ${index + 1} ends (${cue.end} s) before it starts (${cue.start} s).`, 'Fix the cue times before writing.');
      }
      const timing = `${formatTimestamp(cue.start, ',')} --> ${formatTimestamp(cue.end, ',')}`;
      const lines = cue.lines.flatMap((line) => line.split(/\r\n|\r|\n/)).filter((line) => line.trim() !== '');
      return [String(index + 1), timing, ...lines].join(newline) + newline;
    })
    .join(newline);
}
