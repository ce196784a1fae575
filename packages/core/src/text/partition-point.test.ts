import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.js';

/** Runs a search where indices below `boundary` are before, recording every index asked about. */
function searchWithBoundary(count: number, boundary: number): { point: number; asked: number[] } {
  const asked: number[] = [];
  const point = partitionPoint(count, (index) => {
    asked.push(index);
    return index < boundary;
  });
  return { point, asked };
}

describe('partitionPoint', () => {
  it('returns 0 for an empty range without calling the predicate', () => {
    expect(searchWithBoundary(0, 0)).toEqual({ point: 0, asked: [] });
    expect(searchWithBoundary(0, 5)).toEqual({ point: 0, asked: [] });
  });

  it('returns the count when every index is before, and 0 when none is', () => {
    expect(searchWithBoundary(7, 7).point).toBe(7);
    expect(searchWithBoundary(7, 100).point).toBe(7);
    expect(searchWithBoundary(7, 0).point).toBe(0);
    expect(partitionPoint(1, () => true)).toBe(1);
    expect(partitionPoint(1, () => false)).toBe(0);
  });

  it('finds every boundary, asking only about indices in range, at most ceil(log2(n + 1)) times', () => {
    const wrong: string[] = [];
    for (let count = 1; count <= 130; count += 1) {
      const bound = Math.ceil(Math.log2(count + 1));
      for (let boundary = 0; boundary <= count; boundary += 1) {
        const { point, asked } = searchWithBoundary(count, boundary);
        const outOfRange = asked.some((index) => !Number.isInteger(index) || index < 0 || index >= count);
        if (point !== boundary || asked.length > bound || outOfRange) wrong.push(`count ${count}, boundary ${boundary}: ${point} after [${asked.join(', ')}]`);
      }
    }
    expect(wrong).toEqual([]);
    // The bound is reached: 7 indices take 3 questions, 8 take 4 when no index is before.
    expect(searchWithBoundary(7, 7).asked).toEqual([3, 5, 6]);
    expect(searchWithBoundary(8, 0).asked).toEqual([4, 2, 1, 0]);
  });

  it('gives a lower and an upper bound over sorted values with duplicates, by the predicate alone', () => {
    const starts = [0, 4, 4, 4, 9];
    expect(partitionPoint(starts.length, (index) => (starts[index] ?? 0) < 4)).toBe(1);
    expect(partitionPoint(starts.length, (index) => (starts[index] ?? 0) <= 4)).toBe(4);
    expect(partitionPoint(starts.length, (index) => (starts[index] ?? 0) <= 3)).toBe(1);
    expect(partitionPoint(starts.length, (index) => (starts[index] ?? 0) <= 9)).toBe(5);
  });

  it('searches numeric ranges past 2^31 exactly, in 41 calls for 2^40', () => {
    const boundary = 2 ** 40 - 12345;
    const { point, asked } = searchWithBoundary(2 ** 40, boundary);
    expect(point).toBe(boundary);
    expect(asked.length).toBeLessThanOrEqual(41);
  });
});
