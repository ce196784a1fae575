import type { EventRef } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { createStoryBible } from '../bible/story-bible.js';
import { FakeMetadataCache } from './__fixtures__/fake-metadata-cache.js';
import { FakeFile, FakeVault } from './__fixtures__/fake-vault.js';
import { createBibleSync } from './bible-sync.js';
import { subscribeBible } from './subscribe-bible.js';

describe('subscribeBible', () => {
  it('registers one event and updates the bible from the text the event carries, reading nothing', async () => {
    const vault = new FakeVault([{ path: 'Bible/mara.md', text: '---\ntype: character\nname: Mara\n---\nKeeper.' }]);
    const bible = createStoryBible({ entriesFolder: 'Bible', manuscriptFolder: 'Draft' });
    const sync = createBibleSync(vault, bible);
    await sync.load();
    const metadata = new FakeMetadataCache();
    const registered: EventRef[] = [];
    subscribeBible(metadata, sync, (ref) => registered.push(ref));
    metadata.fireChanged(new FakeFile('Draft/one.md'), 'Mara rowed.');
    expect(registered).toHaveLength(1);
    expect(bible.index().sections.map((section) => [section.id, section.mentions.map((mention) => mention.text)])).toEqual([['one', ['Mara']]]);
    expect(vault.reads).toBe(1);
  });
});
