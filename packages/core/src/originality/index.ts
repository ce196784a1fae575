export { findVerbatimOverlaps, type ReferenceText, type VerbatimOverlap, type VerbatimOverlapOptions } from './find-verbatim-overlaps.js';
export { originalityFindings } from './originality-findings.js';
