import type { Annotation } from '@reelkit/core/screenplay';

/** The note or boneyard whose markers enclose `offset` (strictly between its first and last character), if any. */
export function findAnnotationAt(annotations: readonly Annotation[], offset: number): Annotation | undefined {
  let low = 0;
  let high = annotations.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const annotation = annotations[middle] as Annotation;
    if (offset <= annotation.range.start.offset) high = middle - 1;
    else if (offset >= annotation.range.end.offset) low = middle + 1;
    else return annotation;
  }
  return undefined;
}
