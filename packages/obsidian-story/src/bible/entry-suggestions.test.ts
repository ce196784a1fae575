import { createStoryEntry } from '@reelkit/core/story';
import { describe, expect, it } from 'vitest';
import { findSuggestTrigger, suggestEntries } from './entry-suggestions.js';

const entries = [
  createStoryEntry({ id: 'mara-voss', type: 'character', name: 'Mara Voss', aliases: ['Mara', 'the Keeper'] }),
  createStoryEntry({ id: 'dmitri-orlov', type: 'character', name: 'Dmitri Orlov', aliases: ['Дмитрий'] }),
  createStoryEntry({ id: 'keepers-log', type: 'object', name: "The Keeper's Log" }),
  createStoryEntry({ id: 'marigold', type: 'lore', name: 'Wreck of the Marigold' }),
];

describe('findSuggestTrigger', () => {
  it('finds an @ at the start of a word and what follows it', () => {
    expect(findSuggestTrigger('She saw @Ma', 11)).toEqual({ start: 8, query: 'Ma' });
    expect(findSuggestTrigger('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('ignores e-mail addresses and an @ followed by a space', () => {
    expect(findSuggestTrigger('mail mara@voss', 14)).toBeUndefined();
    expect(findSuggestTrigger('at @ noon', 9)).toBeUndefined();
  });
});

describe('suggestEntries', () => {
  it('ranks name prefixes before alias prefixes before substrings', () => {
    expect(suggestEntries(entries, 'mar')).toEqual([
      { entryId: 'mara-voss', name: 'Mara Voss', type: 'character' },
      { entryId: 'marigold', name: 'Wreck of the Marigold', type: 'lore' },
    ]);
    expect(suggestEntries(entries, 'the k')).toEqual([
      { entryId: 'keepers-log', name: "The Keeper's Log", type: 'object' },
      { entryId: 'mara-voss', name: 'Mara Voss', alias: 'the Keeper', type: 'character' },
    ]);
  });

  it('matches non-Latin aliases', () => {
    expect(suggestEntries(entries, 'дми').map((suggestion) => suggestion.alias)).toEqual(['Дмитрий']);
  });
});
