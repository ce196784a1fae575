import type { SourceRange } from '../text/source-range.js';

/** The range of an element or span built here rather than parsed: it has no place in any source. */
export const zeroRange: SourceRange = { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };
