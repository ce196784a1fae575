import { parseEntryNote, parseFrontmatter, type StoryEntry } from '@reelkit/core/story';
import { noteIdOf } from './note-id.js';

/** A story-bible entry with where it lives and the continuity facts its frontmatter declares. */
export interface EntryNote {
  readonly path: string;
  /** Links as written; `StoryBible.entries()` resolves them to ids. */
  readonly entry: StoryEntry;
  /** `died`: the scene id the character dies in, or `before` when dead before the story starts. */
  readonly died?: string;
}

/** Reads an entry note (see `parseEntryNote` for the frontmatter) plus the plugin's `died` key. */
export function readEntryNote(path: string, text: string): EntryNote {
  const died = parseFrontmatter(text).data['died'];
  return { path, entry: parseEntryNote(noteIdOf(path), text), ...(typeof died === 'string' && died !== '' ? { died } : {}) };
}
