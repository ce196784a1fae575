import type { TextEdit } from '../screenplay/update-screenplay.js';

/** A half-open range of UTF-16 offsets. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Maps a range through edits applied one after another (each edit's offset refers to the text after the edits
 * before it, as with repeated `updateScreenplay` calls). Text inserted exactly at a boundary stays outside the
 * range; text replacing part of the range joins it, so a human rewrite inside an AI span shows as an edit of it.
 */
export function mapRangeThroughEdits(range: OffsetRange, edits: readonly TextEdit[]): OffsetRange {
  let { start, end } = range;
  for (const edit of edits) {
    const editEnd = edit.offset + edit.length;
    const delta = edit.text.length - edit.length;
    if (editEnd <= start) {
      start += delta;
      end += delta;
    } else if (edit.offset >= end) {
      continue;
    } else {
      // The edit overlaps the range: the range grows or shrinks to take in the replacement.
      const newStart = Math.min(start, edit.offset);
      const newEnd = Math.max(end, editEnd) + delta;
      start = newStart;
      end = Math.max(newStart, newEnd);
    }
  }
  return { start, end };
}

/**
 * The single edit that turns `previous` into `next`: the differing middle after the common prefix and suffix.
 * O(n). Several separate changes become one edit spanning them, so spans in between fall back to quote search.
 */
export function diffToEdit(previous: string, next: string): TextEdit | undefined {
  if (previous === next) return undefined;
  const limit = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < limit && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < limit - prefix && previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix += 1;
  return { offset: prefix, length: previous.length - prefix - suffix, text: next.slice(prefix, next.length - suffix) };
}
