import type { Annotation } from '@reelkit/core/screenplay';
import { partitionPoint } from '@reelkit/core/text';

/** The note or boneyard whose markers enclose `offset` (strictly between its first and last character), if any. */
export function findAnnotationAt(annotations: readonly Annotation[], offset: number): Annotation | undefined {
  // Annotations are sorted and never overlap, so only the first one ending after `offset` can enclose it.
  const annotation = annotations[partitionPoint(annotations.length, (index) => (annotations[index] as Annotation).range.end.offset <= offset)];
  return annotation !== undefined && annotation.range.start.offset < offset ? annotation : undefined;
}
