import { parseEntryNote } from '@reelkit/core/story';
import { describe, expect, it } from 'vitest';
import { newEntryNote } from './new-entry-note.js';

describe('newEntryNote', () => {
  it('writes a character template the entry parser reads back as an empty, sendable character', () => {
    const note = newEntryNote('Story bible/', 'character', 'Agnes Bell');
    expect(note.path).toBe('Story bible/Agnes Bell.md');
    expect(note.text).toBe(
      '---\ntype: character\nname: Agnes Bell\naliases: []\ncontext: when-mentioned\nprivate: false\nattributes:\n  gender:\n  age group:\nprogressions: []\n---\nWho they are, how they speak, what they want.\n\n## Private notes\n',
    );
    const entry = parseEntryNote('Agnes Bell', note.text);
    expect(entry).toMatchObject({ type: 'character', name: 'Agnes Bell', aliases: [], contextMode: 'when-mentioned', privateNotes: '', description: 'Who they are, how they speak, what they want.' });
  });

  it('keeps file names legal on every platform', () => {
    expect(newEntryNote('Bible', 'lore', 'Oath: "never dark"').path).toBe('Bible/Oath never dark.md');
  });
});
