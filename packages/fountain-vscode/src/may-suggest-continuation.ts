import type { Screenplay } from '@reelkit/core/screenplay';
import { findAnnotationAt } from './find-annotation-at.js';

/**
 * Whether ghost text may be offered at `offset`: at the end of a line, and never inside a note `[[…]]` or boneyard
 * `/* … *\/` — closed, or still open while the writer types it.
 */
export function maySuggestContinuation(screenplay: Screenplay, text: string, offset: number): boolean {
  const after = text.slice(offset, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset));
  if (after.trim() !== '') return false;
  if (findAnnotationAt(screenplay.annotations, offset) !== undefined) return false;
  const before = text.slice(0, offset);
  if (before.lastIndexOf('/*') > before.lastIndexOf('*/')) return false;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return line.lastIndexOf('[[') <= line.lastIndexOf(']]');
}
