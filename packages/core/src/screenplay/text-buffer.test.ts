import { describe, expect, it } from 'vitest';
import { TextBuffer } from './text-buffer.js';

describe('TextBuffer', () => {
  it('applies edits without changing the buffer they were applied to', () => {
    const original = TextBuffer.of('INT. HOUSE - DAY\n\nBob enters.');
    const typed = original.edit(18, 0, 'Quietly, ').edit(27, 0, 'b').edit(27, 2, 'B');
    expect(typed.toString()).toBe('INT. HOUSE - DAY\n\nQuietly, Bob enters.');
    expect(typed.length).toBe(38);
    expect(typed.slice(16, 30)).toBe('\n\nQuietly, Bob');
    expect(original.toString()).toBe('INT. HOUSE - DAY\n\nBob enters.');
    expect(typed.edit(0, 38, '').toString()).toBe('');
  });
  it('matches string splicing over many random edits, with slices across pieces', () => {
    let seed = 3;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let text = 'line one\nline two\n'.repeat(500);
    let buffer = TextBuffer.of(text);
    for (let step = 0; step < 600; step += 1) {
      const offset = Math.floor(random() * (text.length + 1));
      const length = Math.floor(random() * Math.min(12, text.length - offset + 1));
      const inserted = ['', 'x', 'two\nlines', 'y'.repeat(5000)][Math.floor(random() * 4)] ?? '';
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      buffer = buffer.edit(offset, length, inserted);
      const from = Math.floor(random() * text.length);
      expect(buffer.slice(from, from + 300)).toBe(text.slice(from, from + 300));
    }
    expect(buffer.toString()).toBe(text);
  });
});
