import { describe, expect, it } from 'vitest';
import { parseEmphasis } from './parse-emphasis.js';
import { parseWork } from './parse-work.js';

/** Counted work per character (no clock): the same at every size when linear. */
function workPerCharacter(line: string): number {
  const before = parseWork.steps;
  parseEmphasis(line);
  return (parseWork.steps - before) / line.length;
}

describe('parseEmphasis', () => {
  it('nests underline around bold', () => {
    expect(parseEmphasis('_**THE END**_')).toEqual({
      text: 'THE END',
      runs: [
        { style: 'underline', start: 0, end: 7, from: 0, to: 13 },
        { style: 'bold', start: 0, end: 7, from: 1, to: 12 },
      ],
    });
  });
  it('reads *** as bold italic and leaves markers next to spaces as text', () => {
    expect(parseEmphasis('***both*** a * b')).toEqual({ text: 'both a * b', runs: [{ style: 'bold-italic', start: 0, end: 4, from: 0, to: 10 }] });
  });
  it('makes no empty runs: markers that would enclose nothing stay text', () => {
    expect(parseEmphasis('____ and ****')).toEqual({ text: '____ and ****', runs: [] });
    expect(parseEmphasis('_a_ __').runs).toEqual([{ style: 'underline', start: 0, end: 1, from: 0, to: 3 }]);
  });
  it('stays linear on a long run of markers', () => {
    const markers = (count: number): string => '* '.repeat(count) + '*x* '.repeat(count);
    expect(parseEmphasis(markers(50_000)).runs).toHaveLength(50_000);
    expect(workPerCharacter(markers(50_000)) / workPerCharacter(markers(6_250))).toBeLessThan(1.2);
  });
});
