import { describe, expect, it } from 'vitest';
import { assembleContext } from './assemble-context.js';
import { InvalidStoryInputError } from './invalid-story-input-error.js';
import { indexSections } from './mention-index.js';
import { createMentionMatcher } from './mention-matcher.js';
import { createStoryEntry } from './story-entry.js';

const entries = [
  createStoryEntry({
    id: 'mara',
    type: 'character',
    name: 'Mara',
    aliases: ['the Keeper'],
    description: 'Lighthouse keeper, 40s.',
    privateNotes: 'Secretly the heir.',
    links: ['lamp'],
    progressions: [
      { sceneId: 's2', text: 'Has lost her left hand.' },
      { sceneId: 's9', text: 'Dies.' },
    ],
  }),
  createStoryEntry({ id: 'tobin', type: 'character', name: 'Tobin', description: 'Ferryman.' }),
  createStoryEntry({ id: 'lamp', type: 'object', name: 'the great lamp', description: 'Fresnel lens.' }),
  createStoryEntry({ id: 'rules', type: 'lore', name: 'Keeper rules', description: 'The light never goes out.', contextMode: 'always' }),
  createStoryEntry({ id: 'secret', type: 'lore', name: 'Gull', description: 'Spy.', private: true }),
  createStoryEntry({ id: 'map', type: 'object', name: 'Chart', description: 'Old chart.', contextMode: 'manual' }),
  createStoryEntry({ id: 'ghost', type: 'character', name: 'Ghost', description: 'Unused.', contextMode: 'never' }),
];
const matcher = createMentionMatcher(entries);
const index = indexSections(matcher, [
  { id: 's1', text: 'Tobin rows. A Gull watches.', label: 'scene 1' },
  { id: 's2', text: 'Mara trims the wick. The Chart. Ghost.', label: 'scene 2' },
  { id: 's3', text: 'Later, Tobin returns.', label: 'scene 3' },
]);

describe('assembleContext', () => {
  it('orders mentioned (most recent first), always and linked entries, with reasons and progressions', () => {
    const preview = assembleContext({ entries, index, cursor: { sectionId: 's2' }, budgetTokens: 1000 });
    expect(preview.included.map((entry) => [entry.entryId, entry.reason.text, entry.progressions])).toEqual([
      ['mara', 'mentioned in scene 2', ['Has lost her left hand.']],
      ['tobin', 'mentioned in scene 1', []],
      ['rules', 'always', []],
      ['lamp', 'linked from Mara', []],
    ]);
    expect(preview.skipped.map((entry) => [entry.entryId, entry.why])).toEqual([
      ['ghost', 'never'],
      ['map', 'manual-not-pinned'],
      ['secret', 'private'],
    ]);
    expect(preview.text).toBe(
      [
        '## Mara (character)\nAlso called: the Keeper.\nLighthouse keeper, 40s.\nBy this point in the story:\n- Has lost her left hand.',
        '## Tobin (character)\nFerryman.',
        '## Keeper rules (lore)\nThe light never goes out.',
        '## the great lamp (object)\nFresnel lens.',
      ].join('\n\n'),
    );
    expect(preview.text).not.toContain('heir');
    expect(preview.tokens).toBe(Math.ceil(preview.text.length / 4));
  });

  it('only counts mentions before the cursor', () => {
    const preview = assembleContext({ entries, index, cursor: { sectionId: 's2', offset: 4 }, budgetTokens: 1000 });
    expect(preview.included.map((entry) => entry.entryId)).toEqual(['mara', 'tobin', 'rules', 'lamp']);
    const before = assembleContext({ entries, index, cursor: { sectionId: 's2', offset: 3 }, budgetTokens: 1000 });
    expect(before.included.map((entry) => entry.entryId)).toEqual(['tobin', 'rules']);
  });

  it('includes a pinned manual entry and cuts what does not fit the budget', () => {
    const preview = assembleContext({ entries, index, cursor: { sectionId: 's3' }, pinned: ['map'], budgetTokens: 20 });
    expect(preview.included.map((entry) => [entry.entryId, entry.reason.text])).toEqual([
      ['tobin', 'mentioned in scene 3'],
      ['map', 'mentioned in scene 2'],
    ]);
    expect(preview.cut.map((entry) => [entry.entryId, entry.why])).toEqual([
      ['mara', 'needs 32 tokens, 4 left of 20'],
      ['rules', 'needs 13 tokens, 4 left of 20'],
      ['lamp', 'Mara was cut'],
    ]);
    expect(preview.tokens).toBeLessThanOrEqual(20);
  });

  it('prices the context with the price table and an injected tokenizer', () => {
    const preview = assembleContext({
      entries,
      index,
      cursor: { sectionId: 's1' },
      budgetTokens: 1000,
      countTokens: (text) => text.split(/\s+/).length,
      model: { provider: 'openai', modelId: 'gpt-4o', promptTokens: 1000, expectedOutputTokens: 500 },
    });
    expect(preview.tokens).toBe(13);
    expect(preview.usage).toEqual({ inputTokens: 1013, outputTokens: 500 });
    expect(preview.cost).toEqual({ usd: 0.0075325, incomplete: false });
  });

  it('still keeps to the budget with a tokenizer that counts the whole text higher than its parts', () => {
    // Each block alone counts 1 token; any text over 60 characters counts 100.
    const preview = assembleContext({ entries, index, cursor: { sectionId: 's1' }, budgetTokens: 10, countTokens: (text) => (text.length > 60 ? 100 : 1) });
    expect(preview.included.map((entry) => entry.entryId)).toEqual(['tobin']);
    expect(preview.cut.map((entry) => [entry.entryId, entry.why])).toEqual([['rules', 'the assembled text came to more than 10 tokens']]);
    expect(preview.tokens).toBe(1);
  });

  it('rejects a cursor in a section the index does not have', () => {
    expect(() => assembleContext({ entries, index, cursor: { sectionId: 'nope' }, budgetTokens: 10 })).toThrow(InvalidStoryInputError);
  });
});
