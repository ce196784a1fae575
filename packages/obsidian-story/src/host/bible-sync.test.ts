import { beforeAll, describe, expect, it } from 'vitest';
import { exampleLayout, loadExampleVault, type ExampleNote } from '../__fixtures__/example-vault.js';
import { createStoryBible } from '../bible/story-bible.js';
import { FakeFile, FakeVault } from './__fixtures__/fake-vault.js';
import { createBibleSync } from './bible-sync.js';

let notes: ExampleNote[];
beforeAll(async () => {
  notes = await loadExampleVault();
});

async function loaded() {
  const vault = new FakeVault(notes);
  const bible = createStoryBible(exampleLayout);
  const sync = createBibleSync(vault, bible);
  await sync.load();
  return { vault, bible, sync };
}

describe('createBibleSync on the example vault', () => {
  it('reads each note once at start-up and finds 40 entries and 10 scenes in Longform order', async () => {
    const { vault, bible } = await loaded();
    expect(vault.reads).toBe(52);
    expect(bible.entries()).toHaveLength(40);
    expect(bible.scenes().map((scene) => scene.id)).toEqual(['scene-01', 'scene-02', 'scene-03', 'scene-04', 'scene-05', 'scene-06', 'scene-07', 'scene-08', 'scene-09', 'scene-10']);
  });

  it('finds every mention a person marked in every scene', async () => {
    const { bible } = await loaded();
    const index = bible.index();
    for (const scene of bible.scenes()) {
      const marked = /mentions: \[(.*)\]/.exec(notes.find((note) => note.path === scene.path)?.text ?? '')?.[1]?.split(', ') ?? [];
      const found = new Set(index.sections.find((section) => section.id === scene.id)?.mentions.map((mention) => mention.entryId));
      expect([...found].sort(), scene.id).toEqual([...marked].sort());
    }
  });

  it('re-indexes only the edited scene, from the text the metadata event carries, without reading the vault', async () => {
    const { vault, bible, sync } = await loaded();
    bible.index();
    const before = bible.mentionWork;
    const changes: string[] = [];
    sync.onChange(() => changes.push('changed'));
    sync.changed(new FakeFile('Manuscript/scene-02.md'), '---\ntitle: The keeper\n---\nMara and Dmitri.');
    const section = bible.index().sections.find((candidate) => candidate.id === 'scene-02');
    expect(section?.mentions.map((mention) => mention.entryId)).toEqual(['mara-voss', 'dmitri-orlov']);
    // One scene of 16 characters read once; no entry's names compiled again.
    expect(bible.mentionWork).toEqual({ ...before, sectionsScanned: before.sectionsScanned + 1, charactersScanned: before.charactersScanned + 16 });
    expect(vault.reads).toBe(52);
    expect(changes).toEqual(['changed']);
  });

  it('drops a deleted entry from the index and ignores notes outside the story folders', async () => {
    const { bible, sync } = await loaded();
    let changes = 0;
    sync.onChange(() => (changes += 1));
    sync.changed(new FakeFile('Daily/2026-11-25.md'), 'Mara was here.');
    sync.deleted(new FakeFile('Story bible/fitz.md'));
    expect(changes).toBe(1);
    expect(bible.entries()).toHaveLength(39);
    expect(bible.index().sections.flatMap((section) => section.mentions).some((mention) => mention.entryId === 'fitz')).toBe(false);
  });

  it('hands every note’s text to the ask index from the same read and events, reading nothing again', async () => {
    const vault = new FakeVault(notes);
    const seen: string[] = [];
    const follower = { changed: (path: string) => seen.push(`changed ${path}`), removed: (path: string) => seen.push(`removed ${path}`), renamed: (from: string, to: string) => seen.push(`renamed ${from} ${to}`) };
    const sync = createBibleSync(vault, createStoryBible(exampleLayout), follower);
    await sync.load();
    sync.changed(new FakeFile('Manuscript/scene-02.md'), 'Mara.');
    sync.deleted(new FakeFile('Story bible/fitz.md'));
    expect(vault.reads).toBe(52);
    expect(seen).toHaveLength(54);
    expect(seen.slice(-2)).toEqual(['changed Manuscript/scene-02.md', 'removed Story bible/fitz.md']);
  });
});
