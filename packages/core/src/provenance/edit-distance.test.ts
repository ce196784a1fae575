import { describe, expect, it } from 'vitest';
import { boundedEditDistance, findApproximate } from './edit-distance.js';

/** Plain O(n·m) Levenshtein, the reference the banded version must agree with. */
function reference(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min((row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1);
    row = next;
  }
  return row[b.length] ?? 0;
}

describe('boundedEditDistance', () => {
  it('gives exact distances within the bound and undefined beyond it', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBeUndefined();
    expect(boundedEditDistance('', 'abc', 3)).toBe(3);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
    expect(boundedEditDistance('abcdef', 'a', 2)).toBeUndefined();
  });

  it('agrees with the full table on random strings for every bound', () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const word = (): string => Array.from({ length: Math.floor(random() * 12) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let round = 0; round < 400; round += 1) {
      const a = word();
      const b = word();
      const exact = reference(a, b);
      for (const max of [0, 1, 2, 4, 8, 12]) expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : undefined);
    }
  });
});

describe('findApproximate', () => {
  it('finds the closest substring and its start', () => {
    const text = 'Earlier line.\nWe leave at first light tomorrow.\nLater line.';
    expect(findApproximate('We leave at dawn tomorrow.', text, 10)).toBeUndefined();
    expect(findApproximate('We leave at dawn tomorrow.', text, 12)).toEqual({ start: 14, end: 47, distance: 11 });
    expect(text.slice(14, 47)).toBe('We leave at first light tomorrow.');
  });

  it('prefers the match nearest the expected end among equally close ones', () => {
    const text = 'the cat sat. the bat sat. the hat sat.';
    expect(findApproximate('the rat sat.', text, 2, 0, text.length, 25)).toEqual({ start: 13, end: 25, distance: 1 });
    expect(findApproximate('the rat sat.', text, 2, 0, text.length, 38)).toEqual({ start: 26, end: 38, distance: 1 });
  });

  it('gives up beyond the bound or outside the window', () => {
    expect(findApproximate('completely different', 'nothing alike here at all', 4)).toBeUndefined();
    expect(findApproximate('target', 'xxxxxxxxxx target', 1, 0, 10)).toBeUndefined();
  });
});
