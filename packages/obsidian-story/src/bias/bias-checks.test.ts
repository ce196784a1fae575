import { createStoryEntry } from '@reelkit/core/story';
import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { lintDescriptions } from './description-language.js';
import { findingKey, withoutDismissed } from './dismissed-findings.js';
import { manuscriptRepresentation } from './manuscript-representation.js';

describe('manuscriptRepresentation on the example vault', () => {
  it('counts declared genders across the manuscript without inferring any', async () => {
    const bible = await loadExampleStoryBible();
    const { groups } = manuscriptRepresentation(bible.entries(), bible.index(), 'gender');
    expect(groups).toEqual([
      { value: 'woman', characters: 5, mentions: 29, scenes: 9, mentionShare: 0.414, characterShare: 0.385 },
      { value: 'man', characters: 6, mentions: 27, scenes: 10, mentionShare: 0.386, characterShare: 0.462 },
      { value: 'girl', characters: 1, mentions: 12, scenes: 6, mentionShare: 0.171, characterShare: 0.077 },
      { value: 'undeclared', characters: 1, mentions: 2, scenes: 2, mentionShare: 0.029, characterShare: 0.077 },
    ]);
  });

  it('gives an advisory finding when a group is seen far less than it is cast', () => {
    const entries = ['a', 'b', 'c', 'd'].map((id, position) => createStoryEntry({ id, type: 'character', name: id.toUpperCase(), attributes: { gender: position < 2 ? 'woman' : 'man' } }));
    const mention = (entryId: string) => ({ entryId, start: 0, end: 1, text: entryId });
    const index = { sections: [{ id: 's1', label: 'One', offset: 0, length: 10, mentions: [mention('a'), mention('c'), mention('c'), mention('d'), mention('d'), mention('c')] }] };
    const { findings } = manuscriptRepresentation(entries, index, 'gender');
    expect(findings.map((found) => found.finding.message)).toEqual(['Characters declared "gender: woman" are 50% of the cast but get 17% of character mentions.']);
  });
});

describe('lintDescriptions', () => {
  it('finds the planted "manpower" in the Board of Trade and nothing else in the example bible', async () => {
    const bible = await loadExampleStoryBible();
    const findings = lintDescriptions(bible.entries());
    expect(findings.map((found) => [found.entryId, found.finding.ruleId, found.finding.evidence, found.finding.suggestion])).toEqual([['board-of-trade', 'lang.gendered-generic', 'manpower', 'workforce']]);
    const entry = bible.entries().find((candidate) => candidate.id === 'board-of-trade');
    expect(entry?.description.slice(findings[0]?.offset ?? 0).startsWith('manpower')).toBe(true);
  });

  it('keeps lines in capitals as narration and quotes them as written', () => {
    const findings = lintDescriptions([createStoryEntry({ id: 'x', type: 'lore', name: 'Crew', description: 'THE FIREMEN ARRIVE' })]);
    expect(findings.map((found) => [found.finding.evidence, found.finding.message])).toEqual([['FIREMEN', 'Crew: “FIREMEN”: Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype.']]);
  });

  it('drops dismissed findings by a key that survives edits elsewhere', () => {
    const findings = lintDescriptions([createStoryEntry({ id: 'x', type: 'lore', name: 'Crew', description: 'The firemen came. The postman left.' })]);
    const first = findings[0];
    if (first === undefined) throw new Error('no finding');
    expect(withoutDismissed(findings, new Set([findingKey(first)])).map((found) => found.finding.evidence)).toEqual(['postman']);
  });
});
