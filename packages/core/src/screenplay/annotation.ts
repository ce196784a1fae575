import type { SourceRange } from '../text/source-range.js';

/** A note `[[...]]` or boneyard `/* ... *\/` span; editors use these to know a position is inside one. */
export interface Annotation {
  kind: 'note' | 'boneyard';
  /** Text between the markers. */
  text: string;
  /** Covers the markers too. */
  range: SourceRange;
}
