import { describe, expect, it } from 'vitest';
import { diffToEdit, mapRangeThroughEdits } from './map-through-edits.js';
import { createTextSpan } from './text-span.js';
import { trackSpans, type TrackedSpan } from './track-spans.js';

const before = 'INT. DOCK - DAWN\n\nThe fog lifts slowly over the water.\n\nMARA\nWe leave when the tide turns.\n';
const tracked = (exact: string, entryId: string): TrackedSpan => {
  const start = before.indexOf(exact);
  const span = createTextSpan(before, start, start + exact.length);
  return { entryId, original: span, current: span, status: 'intact', editRatio: 0 };
};
const spans = [tracked('The fog lifts slowly over the water.', 'A'), tracked('We leave when the tide turns.', 'B')];

describe('mapRangeThroughEdits', () => {
  it('shifts ranges after an edit, keeps boundary insertions outside and takes in overlapping replacements', () => {
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 0, length: 0, text: 'abc' }])).toEqual({ start: 13, end: 23 });
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 10, length: 0, text: 'abc' }])).toEqual({ start: 13, end: 23 });
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 20, length: 0, text: 'abc' }])).toEqual({ start: 10, end: 20 });
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 15, length: 10, text: 'ab' }])).toEqual({ start: 10, end: 17 });
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 5, length: 7, text: 'xyz' }])).toEqual({ start: 5, end: 16 });
    expect(mapRangeThroughEdits({ start: 10, end: 20 }, [{ offset: 12, length: 2, text: 'hello' }, { offset: 0, length: 5, text: '' }])).toEqual({ start: 5, end: 18 });
  });
});

describe('diffToEdit', () => {
  it('finds the changed middle between two texts', () => {
    expect(diffToEdit('the fog lifts', 'the mist lifts')).toEqual({ offset: 4, length: 3, text: 'mist' });
    expect(diffToEdit('aaa', 'aaaa')).toEqual({ offset: 3, length: 0, text: 'a' });
    expect(diffToEdit('same', 'same')).toBeUndefined();
  });
});

describe('trackSpans', () => {
  it('follows spans through an edit list: untouched spans shift, edited ones carry their edit ratio', () => {
    const edits = [
      { offset: 0, length: 0, text: '# ACT ONE\n\n' },
      { offset: 11 + 18 + 8, length: 5, text: 'burns' },
    ];
    let after = before;
    for (const edit of edits) after = after.slice(0, edit.offset) + edit.text + after.slice(edit.offset + edit.length);
    expect(after).toBe('# ACT ONE\n\nINT. DOCK - DAWN\n\nThe fog burns slowly over the water.\n\nMARA\nWe leave when the tide turns.\n');
    const [fog, tide] = trackSpans(spans, after, { edits });
    expect(fog).toMatchObject({ status: 'edited', current: { start: 29, end: 65, exact: 'The fog burns slowly over the water.' } });
    expect(fog?.editRatio).toBeCloseTo(4 / 36, 10);
    expect(tide).toMatchObject({ status: 'intact', editRatio: 0, current: { start: 72, exact: 'We leave when the tide turns.' } });
  });

  it('works from the previous text alone and finds a span moved by cut and paste', () => {
    const after = 'INT. DOCK - DAWN\n\nMARA\nWe leave when the tide turns.\n\nThe fog lifts slowly over the water.\n';
    const [fog, tide] = trackSpans(spans, after, { previous: before });
    expect(fog).toMatchObject({ status: 'intact', current: { start: 54, end: 90 } });
    expect(tide).toMatchObject({ status: 'intact', current: { start: 23, end: 52 } });
  });

  it('measures the edit ratio against the original over many small edits, and loses a span rewritten past the threshold', () => {
    let text = before;
    let state = spans;
    for (const [from, to] of [['slowly', 'slow'], ['slow ', ''], ['water', 'sea']] as const) {
      const next = text.replace(from, to);
      state = trackSpans(state, next, { previous: text });
      text = next;
    }
    expect(state[0]).toMatchObject({ status: 'edited', current: { exact: 'The fog lifts over the sea.' } });
    expect(state[0]?.editRatio).toBeCloseTo(11 / 36, 10);
    const rewritten = text.replace('The fog lifts over the sea.', 'Nothing but gulls.');
    expect(trackSpans(state, rewritten, { previous: text })[0]).toEqual({ entryId: 'A', original: spans[0]?.original, status: 'lost', editRatio: 1 });
  });

  it('finds a lost span again when an undo brings it back', () => {
    const cut = before.replace('We leave when the tide turns.\n', '');
    const lost = trackSpans(spans, cut, { previous: before });
    expect(lost[1]?.status).toBe('lost');
    expect(trackSpans(lost, before, { previous: cut })[1]).toMatchObject({ status: 'intact', current: { start: 61 } });
  });
});
