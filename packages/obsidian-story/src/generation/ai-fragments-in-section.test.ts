import { describe, expect, it } from 'vitest';
import { aiFragmentsInSection } from './ai-fragments-in-section.js';

const note = '# Night\n\nMara climbed. The lamp was *cold* and\n> the sea was loud.\n\nWren slept.';
const ai = { start: note.indexOf('The lamp'), end: note.indexOf('loud.') + 5 };

describe('aiFragmentsInSection', () => {
  it('gives the AI text of a paragraph as reading view shows it, line by line', () => {
    expect(aiFragmentsInSection(note, 2, 2, [ai])).toEqual(['The lamp was cold and']);
    expect(aiFragmentsInSection(note, 3, 3, [ai])).toEqual(['the sea was loud.']);
  });

  it('gives nothing for a section without AI text', () => {
    expect(aiFragmentsInSection(note, 0, 0, [ai])).toEqual([]);
    expect(aiFragmentsInSection(note, 5, 5, [ai])).toEqual([]);
  });
});
