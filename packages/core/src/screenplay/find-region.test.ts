import { describe, expect, it } from 'vitest';
import { findRegion } from './find-region.js';
import { TextBuffer } from './text-buffer.js';

describe('findRegion', () => {
  it('spans from the block before the edited one to the block after it', () => {
    const text = 'A.\n\nB.\n\nC.\nstill C.\n\nD.\n\nE.';
    const at = text.indexOf('still');
    const region = findRegion(TextBuffer.of(text), at, at);
    expect(text.slice(region.start, region.end)).toBe('B.\n\nC.\nstill C.\n\nD.');
  });
  it('keeps a line of two spaces inside a block, as dialogue does', () => {
    const text = 'A.\n\nBOB\nHi.\n  \nStill Bob.\n\nC.\n\nD.';
    const at = text.indexOf('Still');
    const region = findRegion(TextBuffer.of(text), at, at);
    expect(text.slice(region.start, region.end)).toBe('A.\n\nBOB\nHi.\n  \nStill Bob.\n\nC.');
  });
  it('widens its window past blocks longer than the first look', () => {
    const long = 'word '.repeat(2000);
    const text = `A.\n\n${long}\n\nB.\n\n${long}\n\nC.`;
    const at = text.indexOf('B.');
    const region = findRegion(TextBuffer.of(text), at, at);
    expect([region.start, region.end, text.length]).toEqual([4, 20010, 20014]);
  });
});
