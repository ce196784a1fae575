import { findVerbatimOverlaps, type ReferenceText, type VerbatimOverlapOptions } from '../originality/find-verbatim-overlaps.js';
import { originalityFindings } from '../originality/originality-findings.js';
import type { TextCheck } from './text-check.js';

/**
 * Reports long verbatim overlaps between the output and the references: the sources placed in the prompt (a
 * chapter being adapted, the scene being continued) and any reference corpus the user supplied.
 */
export function createOriginalityCheck(corpus: readonly ReferenceText[] = [], options: VerbatimOverlapOptions = {}): TextCheck {
  return {
    id: 'originality',
    stages: ['output'],
    run: ({ text, references }) => originalityFindings(text, findVerbatimOverlaps(text, [...references, ...corpus], options)),
  };
}
