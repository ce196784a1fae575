/** The Pudding's film-dialogue study counts only characters with at least this many words. */
export const puddingWordThreshold = 100;

/** `part / whole` rounded to four decimals, 0 when the whole is 0. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}
