import { createMentionMatcher, resolveEntryLinks, type IndexedSection, type MentionIndex, type MentionMatcher, type StoryEntry } from '@reelkit/core/story';
import { noteRoleOf, type BibleLayout } from './bible-layout.js';
import { readEntryNote, type EntryNote } from './entry-note.js';
import { readSceneNote, type SceneNote } from './scene-note.js';
import { orderScenes } from './scene-order.js';

/** The story bible in memory, fed one note at a time from vault events; nothing here reads the vault. */
export interface StoryBible {
  /** Takes a note's new text; returns what it was to the bible. */
  upsert(path: string, text: string): 'entry' | 'scene' | 'other';
  remove(path: string): void;
  /** Forgets every note (before a full reload, e.g. when the folders change). */
  clear(): void;
  rename(oldPath: string, newPath: string, text: string): void;
  /** Entries with links resolved to ids. */
  entries(): readonly StoryEntry[];
  entryNotes(): readonly EntryNote[];
  /** Scenes in story order (see `orderScenes`). */
  scenes(): readonly SceneNote[];
  sceneAt(path: string): SceneNote | undefined;
  /** The mention index over the scenes in story order; only scenes changed since the last call are re-matched. */
  index(): MentionIndex;
  /** How many scene texts were matched since creation (tests and benches check that edits stay incremental). */
  readonly scenesMatched: number;
}

/** Creates an empty bible for a vault layout (a function when the layout can change in the settings). */
export function createStoryBible(layout: BibleLayout | (() => BibleLayout)): StoryBible {
  const currentLayout = typeof layout === 'function' ? layout : () => layout;
  const entryNotes = new Map<string, EntryNote>();
  const sceneNotes = new Map<string, SceneNote>();
  let resolved: StoryEntry[] | undefined;
  let ordered: SceneNote[] | undefined;
  let matcher: MentionMatcher | undefined;
  const sectionCache = new Map<string, { body: string; section: IndexedSection }>();
  let scenesMatched = 0;

  const entriesChanged = (): void => {
    resolved = undefined;
    matcher = undefined;
    sectionCache.clear();
  };
  const bible: StoryBible = {
    upsert(path, text) {
      const role = noteRoleOf(path, currentLayout());
      if (role === 'entry') {
        entryNotes.set(path, readEntryNote(path, text));
        entriesChanged();
      } else if (role === 'scene') {
        sceneNotes.set(path, readSceneNote(path, text));
        ordered = undefined;
      }
      return role;
    },
    remove(path) {
      if (entryNotes.delete(path)) entriesChanged();
      if (sceneNotes.delete(path)) ordered = undefined;
    },
    clear() {
      entryNotes.clear();
      sceneNotes.clear();
      ordered = undefined;
      entriesChanged();
    },
    rename(oldPath, newPath, text) {
      bible.remove(oldPath);
      bible.upsert(newPath, text);
    },
    entries: () => (resolved ??= resolveEntryLinks([...entryNotes.values()].map((note) => note.entry))),
    entryNotes: () => [...entryNotes.values()],
    scenes: () => (ordered ??= orderScenes([...sceneNotes.values()])),
    sceneAt: (path) => sceneNotes.get(path),
    index() {
      const current = (matcher ??= createMentionMatcher(bible.entries()));
      let offset = 0;
      const sections = bible.scenes().map((scene) => {
        let cached = sectionCache.get(scene.id);
        if (cached === undefined || cached.body !== scene.body) {
          scenesMatched += 1;
          const section: IndexedSection = { id: scene.id, label: scene.title, offset: 0, length: scene.body.length, mentions: current.findMentions(scene.body) };
          cached = { body: scene.body, section };
          sectionCache.set(scene.id, cached);
        }
        const placed = { ...cached.section, offset };
        offset += scene.body.length;
        return placed;
      });
      return { sections };
    },
    get scenesMatched() {
      return scenesMatched;
    },
  };
  return bible;
}
