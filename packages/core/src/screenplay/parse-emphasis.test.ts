import { describe, expect, it } from 'vitest';
import { parseEmphasis } from './parse-emphasis.js';

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
  it('stays linear on a long run of markers', () => {
    const line = '* '.repeat(50_000) + '*x* '.repeat(50_000);
    const started = performance.now();
    const result = parseEmphasis(line);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.runs).toHaveLength(50_000);
  });
});
