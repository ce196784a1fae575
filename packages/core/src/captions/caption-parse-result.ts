import type { CaptionCue } from './caption-cue.js';

/** Something in a caption file that could not be read, with its 1-based line. */
export interface CaptionParseIssue {
  readonly line: number;
  readonly message: string;
}

/** Cues read from a caption file and the problems met on the way; parsers never throw on content. */
export interface CaptionParseResult {
  readonly cues: CaptionCue[];
  readonly issues: CaptionParseIssue[];
}
