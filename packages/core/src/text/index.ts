// Text primitives shared by the engines: binary search, line index and positions, source ranges, word tokens.
export { partitionPoint } from './partition-point.js';
export { createLineIndex, positionAt } from './line-index.js';
export type { Position, SourceRange } from './source-range.js';
export { wordTokens, type WordToken } from './word-tokens.js';
