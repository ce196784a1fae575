import { describe, expect, it } from 'vitest';
import { locateSpan } from './locate-span.js';
import { createTextSpan } from './text-span.js';

const original = 'BOB\nYes.\n\nALICE\nNo.\n\nBOB\nYes.\n\nALICE\nWe leave when the tide turns.\n';
const spanAt = (exact: string, from = 0) => {
  const start = original.indexOf(exact, from);
  return createTextSpan(original, start, start + exact.length);
};

describe('locateSpan', () => {
  it('finds an untouched span at its place', () => {
    expect(locateSpan(spanAt('We leave when the tide turns.'), original)).toMatchObject({ status: 'intact', method: 'position', similarity: 1, span: { start: 37, end: 66 } });
  });

  it('tells repeated lines apart by their recorded context when they move', () => {
    const second = spanAt('Yes.', 10);
    expect(second.start).toBe(25);
    const moved = `FADE IN:\n\n${original}`;
    expect(locateSpan(second, moved)).toMatchObject({ status: 'intact', method: 'quote', span: { start: 35, end: 39 } });
  });

  it('finds an edited span approximately and reports its similarity', () => {
    const edited = original.replace('We leave when the tide turns.', 'We go when the tide turns!');
    const location = locateSpan(spanAt('We leave when the tide turns.'), edited);
    expect(location).toMatchObject({ status: 'edited', method: 'fuzzy', span: { start: 37, end: 63, exact: 'We go when the tide turns!' } });
    expect(location.similarity).toBeCloseTo(1 - 6 / 29, 10);
  });

  it('reports a span lost when it is gone or rewritten past the threshold', () => {
    const gone = original.replace('We leave when the tide turns.', 'Never.');
    expect(locateSpan(spanAt('We leave when the tide turns.'), gone)).toEqual({ status: 'lost', method: 'none', similarity: 0 });
    const rewritten = original.replace('We leave when the tide turns.', 'We stay until the storm ends.');
    expect(locateSpan(spanAt('We leave when the tide turns.'), rewritten, { threshold: 0.8 }).status).toBe('lost');
  });
});
