import { describe, expect, it } from 'vitest';
import { applicableProgressions } from './applicable-progressions.js';
import { createStoryEntry } from './story-entry.js';

const entry = createStoryEntry({
  id: 'mara',
  type: 'character',
  name: 'Mara',
  progressions: [
    { text: 'Always true.' },
    { sceneId: 's2', text: 'From scene 2.' },
    { position: 500, text: 'From offset 500.' },
    { sceneId: 'deleted-scene', text: 'Cannot be placed.' },
  ],
});
const sceneOrder = ['s1', 's2', 's3'];

describe('applicableProgressions', () => {
  it('applies progressions from their scene or offset on', () => {
    expect(applicableProgressions(entry, { sceneOrder, sceneIndex: 0, offset: 10 })).toEqual(['Always true.']);
    expect(applicableProgressions(entry, { sceneOrder, sceneIndex: 1, offset: 499 })).toEqual(['Always true.', 'From scene 2.']);
    expect(applicableProgressions(entry, { sceneOrder, sceneIndex: 2, offset: 500 })).toEqual(['Always true.', 'From scene 2.', 'From offset 500.']);
  });
});
