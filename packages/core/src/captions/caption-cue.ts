/** One caption on screen: times in seconds from the start of the media, text as displayed lines. */
export interface CaptionCue {
  readonly start: number;
  readonly end: number;
  /** Plain text lines (no markup); a writer escapes them for its format. */
  readonly lines: readonly string[];
  /** WebVTT cue identifier (SRT numbers are positions and are not kept). */
  readonly id?: string;
  /** WebVTT cue settings as written, e.g. `line:0 align:start`. */
  readonly settings?: string;
  /** Who speaks (the first speaker when a cue holds two). */
  readonly speaker?: string;
}
