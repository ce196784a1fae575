import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from './mention-matcher.js';
import { createStoryEntry } from './story-entry.js';

const mara = createStoryEntry({ id: 'mara', type: 'character', name: 'Mara', aliases: ['the Keeper'] });
const york = createStoryEntry({ id: 'york', type: 'location', name: 'York' });
const newYork = createStoryEntry({ id: 'new-york', type: 'location', name: 'New York' });
const lighthouse = createStoryEntry({ id: 'lighthouse', type: 'location', name: 'lighthouse' });
const rose = createStoryEntry({ id: 'rose', type: 'character', name: 'Rose' });

const find = (text: string, entries = [mara, york, newYork, lighthouse, rose]) =>
  createMentionMatcher(entries).findMentions(text).map(({ entryId, start, end, text: written }) => [entryId, start, end, written]);

describe('createMentionMatcher', () => {
  it('finds names, possessives and plurals with their exact offsets', () => {
    expect(find("Mara's lamp. Two Maras. Mara’s coat. The lighthouses.")).toEqual([
      ['mara', 0, 6, "Mara's"],
      ['mara', 17, 22, 'Maras'],
      ['mara', 24, 30, 'Mara’s'],
      ['lighthouse', 41, 52, 'lighthouses'],
    ]);
  });

  it('matches ALL-CAPS Fountain cues and a lower-case alias in any case', () => {
    expect(find("MARA\nWhere is THE KEEPER'S key?")).toEqual([
      ['mara', 0, 4, 'MARA'],
      ['mara', 14, 26, "THE KEEPER'S"],
    ]);
  });

  it('does not match inside longer words', () => {
    expect(find('Samara and Maratea and Yorkshire, marathon')).toEqual([]);
  });

  it('prefers the longest match on overlap', () => {
    expect(find('From New York to York.')).toEqual([
      ['new-york', 5, 13, 'New York'],
      ['york', 17, 21, 'York'],
    ]);
  });

  it('ignores a lower-case common word for a capitalised name, unless asked to', () => {
    expect(find('a rose for Rose')).toEqual([['rose', 11, 15, 'Rose']]);
    expect(createMentionMatcher([rose], { caseSensitivity: 'insensitive' }).findMentions('a rose').map((m) => m.start)).toEqual([2]);
  });

  it('reports every entry that shares an ambiguous name', () => {
    const captainA = createStoryEntry({ id: 'ahab', type: 'character', name: 'Ahab', aliases: ['the Captain'] });
    const captainB = createStoryEntry({ id: 'nemo', type: 'character', name: 'Nemo', aliases: ['the Captain'] });
    expect(find('the Captain nods', [captainA, captainB])).toEqual([
      ['ahab', 0, 11, 'the Captain'],
      ['nemo', 0, 11, 'the Captain'],
    ]);
  });

  it('uses Unicode word boundaries for Cyrillic and accented names', () => {
    const anna = createStoryEntry({ id: 'anna', type: 'character', name: 'Анна' });
    const zoe = createStoryEntry({ id: 'zoe', type: 'character', name: 'Zoë' });
    expect(find('АННА вошла. Жанна и Анна. ZOË, Zoëlla', [anna, zoe])).toEqual([
      ['anna', 0, 4, 'АННА'],
      ['anna', 20, 24, 'Анна'],
      ['zoe', 26, 29, 'ZOË'],
    ]);
  });

  it('matches CJK names inside unspaced text', () => {
    const lin = createStoryEntry({ id: 'lin', type: 'character', name: '林小雨' });
    const tokyo = createStoryEntry({ id: 'tokyo', type: 'location', name: '東京' });
    expect(find('林小雨は東京へ行った。', [lin, tokyo])).toEqual([
      ['lin', 0, 3, '林小雨'],
      ['tokyo', 4, 6, '東京'],
    ]);
  });

  it('keeps offsets right around astral characters', () => {
    expect(find('😀 Mara 😀Mara')).toEqual([
      ['mara', 3, 7, 'Mara'],
      ['mara', 10, 14, 'Mara'],
    ]);
  });

  it('matches a name wrapped across lines or spaced twice, and a lower-case multi-word name', () => {
    const lens = createStoryEntry({ id: 'lens', type: 'object', name: 'The Great Lens' });
    expect(find('inside the great\r\n  lens. The  Great Lens', [lens])).toEqual([
      ['lens', 7, 24, 'the great\r\n  lens'],
      ['lens', 26, 41, 'The  Great Lens'],
    ]);
  });
});
