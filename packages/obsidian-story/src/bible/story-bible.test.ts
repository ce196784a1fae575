import { createMentionMatcher, indexSections, resolveEntryLinks } from '@reelkit/core/story';
import { describe, expect, it } from 'vitest';
import { createSeededRandom, pick } from '../../../core/src/story/__fixtures__/seeded-random.js';
import { createSyntheticVault, syntheticEntryText, syntheticLayout, type SyntheticEntry } from '../__fixtures__/synthetic-vault.js';
import { createStoryBible, type StoryBible } from './story-bible.js';

/** What the bible would hold if every note were read again and the whole index rebuilt. */
function fullRebuild(bible: StoryBible) {
  const entries = resolveEntryLinks(bible.entryNotes().map((note) => note.entry));
  const index = indexSections(
    createMentionMatcher(entries),
    bible.scenes().map((scene) => ({ id: scene.id, text: scene.body, label: scene.title })),
  );
  return { entries, index };
}

function loadedBible(size: { entries: number; scenes: number; wordsPerScene: number; seed: number }) {
  const vault = createSyntheticVault(size);
  const bible = createStoryBible(syntheticLayout);
  for (const note of vault.notes) bible.upsert(note.path, note.text);
  bible.index();
  return { vault, bible };
}

const wordCount = (text: string, word: string): number => text.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter((candidate) => candidate === word.toLowerCase()).length;

describe('createStoryBible, kept edit by edit', () => {
  it.each([7, 8, 9])('equals a full rebuild after every step of random edits to a synthetic vault (seed %i)', (seed) => {
    const { vault, bible } = loadedBible({ entries: 80, scenes: 16, wordsPerScene: 250, seed });
    const random = createSeededRandom(seed * 31);
    const entries = new Map<string, SyntheticEntry>(vault.entries.map((entry) => [entry.path, entry]));
    const scenes = new Map(vault.notes.filter((note) => note.path.startsWith(`${syntheticLayout.manuscriptFolder}/`)).map((note) => [note.path, note.text]));
    const someName = (): string => pick(random, [...entries.values()]).name.split(' ')[0] as string;
    for (let step = 0; step < 150; step += 1) {
      const roll = random();
      const entry = pick(random, [...entries.values()]);
      let next: SyntheticEntry | undefined;
      if (roll < 0.25) next = { ...entry, description: `${entry.description} Edited ${step}.` };
      else if (roll < 0.4) next = { ...entry, aliases: [...entry.aliases, someName()] };
      else if (roll < 0.5) next = { ...entry, aliases: entry.aliases.slice(1) };
      else if (roll < 0.6) next = { ...entry, name: `${someName()} ${entry.name.split(' ').pop() ?? ''}`.trim() };
      else if (roll < 0.65) {
        // A second note with the same file name in a sub-folder: one entry id, both notes' names.
        next = { ...entry, path: entry.path.replace('/', '/Minor/'), name: someName(), aliases: [] };
      } else if (roll < 0.7) {
        entries.delete(entry.path);
        bible.remove(entry.path);
      } else if (roll < 0.9) {
        const [path, text] = pick(random, [...scenes]);
        const edited = text.replace(/ the /, ` the ${someName()}'s `);
        scenes.set(path, edited);
        bible.upsert(path, edited);
      } else {
        const [path, text] = pick(random, [...scenes]);
        const renamed = path.replace('.md', '-b.md');
        scenes.delete(path);
        scenes.set(renamed, text);
        bible.rename(path, renamed, text);
      }
      if (next !== undefined) {
        entries.set(next.path, next);
        bible.upsert(next.path, syntheticEntryText(next));
      }
      if (random() < 0.5) {
        const expected = fullRebuild(bible);
        expect(bible.entries(), `step ${step}`).toEqual(expected.entries);
        expect(bible.index(), `step ${step}`).toEqual(expected.index);
      }
    }
    expect(bible.index()).toEqual(fullRebuild(bible).index);
  });
});

describe('work the bible does on an entry save', () => {
  const size = { entries: 120, scenes: 30, wordsPerScene: 400, seed: 3 };

  it('reads no manuscript and recomputes nothing when only the description changed', () => {
    const { vault, bible } = loadedBible(size);
    const entry = vault.entries[0] as SyntheticEntry;
    const index = bible.index();
    const before = bible.mentionWork;
    bible.upsert(entry.path, syntheticEntryText({ ...entry, description: 'Keeps the light. Afraid of the sea.' }));
    expect(bible.mentionWork).toEqual(before);
    expect(bible.index()).toBe(index);
    expect(bible.entries()[0]?.description).toBe('Keeps the light. Afraid of the sea.');
  });

  it('on a new alias, searches only the scenes holding that word and reads only around it', () => {
    const { vault, bible } = loadedBible(size);
    const [renamed, other] = vault.entries as [SyntheticEntry, SyntheticEntry];
    // Give the first entry the first name of the second, which the manuscript uses.
    const alias = other.name.split(' ')[0] as string;
    const scenes = bible.scenes();
    const holding = scenes.filter((scene) => wordCount(scene.body, alias) + wordCount(scene.body, `${alias}s`) > 0);
    const occurrences = holding.reduce((sum, scene) => sum + wordCount(scene.body, alias), 0);
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.length).toBeLessThan(scenes.length);
    const before = bible.mentionWork;
    bible.upsert(renamed.path, syntheticEntryText({ ...renamed, aliases: [...renamed.aliases, alias] }));
    const after = bible.mentionWork;
    expect(after.charactersSearched - before.charactersSearched).toBe(holding.reduce((sum, scene) => sum + scene.body.length, 0));
    // A window per occurrence: the alias and the three characters of its longest form (`…s's`).
    expect(after.charactersScanned - before.charactersScanned).toBe(occurrences * (alias.length + 3));
    expect(after.sectionsScanned).toBe(before.sectionsScanned);
    expect(after.fullRebuilds).toBe(before.fullRebuilds);
    expect(bible.index()).toEqual(fullRebuild(bible).index);
  });

  it('on a dropped alias or a deleted entry, reads no manuscript at all', () => {
    const { vault, bible } = loadedBible(size);
    const entry = vault.entries.find((candidate) => candidate.aliases.length > 0) as SyntheticEntry;
    const before = bible.mentionWork;
    bible.upsert(entry.path, syntheticEntryText({ ...entry, aliases: [] }));
    bible.remove((vault.entries[2] as SyntheticEntry).path);
    // Only the edited entry's remaining name is compiled again (8 forms of `Tara Vowyn`), to tell what was dropped.
    expect(entry.name).toBe('Tara Vowyn');
    expect(bible.mentionWork).toEqual({ ...before, patternsCompiled: before.patternsCompiled + 8 });
    expect(bible.index()).toEqual(fullRebuild(bible).index);
  });
});
