import { describe, expect, it } from 'vitest';
import { createSeededRandom, pick } from './__fixtures__/seeded-random.js';
import { createResolvedEntries } from './resolved-entries.js';
import { resolveEntryLinks } from './resolve-entry-links.js';
import { createStoryEntry, type StoryEntry } from './story-entry.js';

const entry = (id: string, name: string, aliases: string[], links: string[]): StoryEntry => createStoryEntry({ id, type: 'character', name, aliases, links });

describe('createResolvedEntries', () => {
  it('resolves links by id before name, the last entry with an id and the first with a name', () => {
    const resolved = createResolvedEntries();
    resolved.set('a.md', entry('mara', 'Mara Voss', ['the Keeper'], ['tobin', 'The Keeper', 'Nobody']));
    resolved.set('b.md', entry('tobin', 'Tobin', ['the Keeper'], ['THE KEEPER', 'mara']));
    resolved.set('c.md', entry('keeper', 'Keeper', [], ['the keeper', ' Mara Voss ']));
    expect(resolved.list().map((each) => [each.id, each.links])).toEqual([
      ['mara', ['tobin']],
      ['tobin', ['mara']],
      ['keeper', ['mara']],
    ]);
  });

  it('re-resolves only the edited entry when no id or name changed, and the entries linking to a changed name', () => {
    const resolved = createResolvedEntries();
    resolved.set('a.md', entry('e1', 'Mara', [], ['Tobin']));
    resolved.set('b.md', entry('e2', 'Tobin', [], []));
    resolved.set('c.md', entry('e3', 'the Lens', [], ['Mara']));
    const [mara, , lens] = resolved.list();
    expect(mara?.links).toEqual(['e2']);
    // A new link of its own: only e2 is resolved again (the others are the very same objects).
    resolved.set('b.md', entry('e2', 'Tobin', [], ['Mara']));
    expect(resolved.list()[0]).toBe(mara);
    expect(resolved.list()[2]).toBe(lens);
    expect(resolved.list()[1]?.links).toEqual(['e1']);
    // A new name: e1, whose link spelled the old one, is resolved again; e3 is not.
    resolved.set('b.md', entry('e2', 'Tobias', [], ['Mara']));
    expect(resolved.list()[0]?.links).toEqual([]);
    expect(resolved.list()[2]).toBe(lens);
  });

  it.each([1, 2, 3])('equals resolving every entry afresh after each step of random edits (seed %i)', (seed) => {
    const random = createSeededRandom(seed);
    const names = ['Mara', 'mara', 'Tobin', 'the Keeper', 'Keeper', 'Lens', 'ΜΑΡΑΣ', 'μαρασ', 'Tobin '];
    const resolved = createResolvedEntries();
    const held = new Map<string, StoryEntry>();
    for (let step = 0; step < 300; step += 1) {
      const key = `note-${Math.floor(random() * 12)}.md`;
      if (random() < 0.2) {
        held.delete(key);
        resolved.remove(key);
      } else {
        const next = entry(pick(random, ['mara', 'tobin', 'keeper', 'lens', 'Mara']), pick(random, names), random() < 0.5 ? [pick(random, names)] : [], [pick(random, [...names, 'tobin', 'keeper'])]);
        held.set(key, next);
        resolved.set(key, next);
      }
      if (random() < 0.4) expect(resolved.list(), `step ${step}`).toEqual(resolveEntryLinks([...held.values()]));
    }
  });
});
