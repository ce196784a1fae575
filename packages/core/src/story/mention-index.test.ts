import { describe, expect, it } from 'vitest';
import { indexSections, removeSection, updateSection } from './mention-index.js';
import { createMentionMatcher } from './mention-matcher.js';
import { createStoryEntry } from './story-entry.js';

const matcher = createMentionMatcher([
  createStoryEntry({ id: 'mara', type: 'character', name: 'Mara' }),
  createStoryEntry({ id: 'tobin', type: 'character', name: 'Tobin' }),
]);
const sections = [
  { id: 's1', text: 'Mara climbs.\n', label: 'scene 1' },
  { id: 's2', text: 'Tobin waits.\n' },
  { id: 's3', text: 'Mara and Tobin.\n' },
];

describe('indexSections / updateSection', () => {
  it('indexes each section with section-relative mentions and document offsets', () => {
    const index = indexSections(matcher, sections);
    expect(index.sections.map((s) => [s.id, s.label, s.offset, s.length, s.mentions.map((m) => [m.entryId, m.start])])).toEqual([
      ['s1', 'scene 1', 0, 13, [['mara', 0]]],
      ['s2', 's2', 13, 13, [['tobin', 0]]],
      ['s3', 's3', 26, 16, [['mara', 0], ['tobin', 9]]],
    ]);
  });

  it('re-indexes one section, shifts later offsets and reuses untouched sections', () => {
    const index = indexSections(matcher, sections);
    const updated = updateSection(index, matcher, { id: 's2', text: 'Later, Mara waits for Tobin.\n' });
    expect(updated.sections.map((s) => [s.id, s.offset, s.mentions.map((m) => m.entryId)])).toEqual([
      ['s1', 0, ['mara']],
      ['s2', 13, ['mara', 'tobin']],
      ['s3', 42, ['mara', 'tobin']],
    ]);
    expect(updated.sections[0]).toBe(index.sections[0]);
    expect(updated.sections[2]?.mentions).toBe(index.sections[2]?.mentions);
    // The result equals indexing the edited document from scratch.
    const fresh = indexSections(matcher, [sections[0]!, { id: 's2', text: 'Later, Mara waits for Tobin.\n' }, sections[2]!]);
    expect(updated).toEqual(fresh);
  });

  it('appends a new section and removes one', () => {
    const index = updateSection(indexSections(matcher, sections), matcher, { id: 's4', text: 'Tobin.' });
    expect(index.sections.map((s) => [s.id, s.offset])).toEqual([['s1', 0], ['s2', 13], ['s3', 26], ['s4', 42]]);
    expect(removeSection(index, 's2').sections.map((s) => [s.id, s.offset])).toEqual([['s1', 0], ['s3', 13], ['s4', 29]]);
  });
});
