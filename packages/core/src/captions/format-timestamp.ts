import { InvalidCaptionInputError } from './invalid-caption-input-error.js';

/**
 * `HH:MM:SS,mmm` (SRT, `separator` `,`) or `HH:MM:SS.mmm` (WebVTT, `.`), rounded to the millisecond. Hours take as
 * many digits as they need past two (`100:00:00.000`), which WebVTT allows and SRT readers accept.
 */
export function formatTimestamp(seconds: number, separator: ',' | '.'): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new InvalidCaptionInputError(`A caption time must be a number of seconds from 0 up, not ${seconds}.`, 'Check the cue times before writing.');
  }
  const total = Math.round(seconds * 1000);
  const milliseconds = total % 1000;
  const totalSeconds = Math.floor(total / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(totalSeconds % 60, 2)}${separator}${pad(milliseconds, 3)}`;
}
