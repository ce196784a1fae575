import { createIncrementalMentionIndex, type IndexedSection, type Mention, type MentionIndex, type MentionIndexWork, type StoryEntry } from '@reelkit/core/story';
import { noteRoleOf, type BibleLayout } from './bible-layout.js';
import { createEntryList } from './entry-list.js';
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
  /**
   * The mention index over the scenes in story order. Kept edit by edit: an edited scene is matched again when next
   * read; an entry saved with the same names changes nothing; a renamed entry changes only its own mentions.
   */
  index(): MentionIndex;
  /** Where a text that is no note (a question, a beat) names entries, matched with the bible's current names. */
  mentionsInText(text: string): readonly Mention[];
  /** What the mention index has read and built since creation (tests and benches check that edits stay incremental). */
  readonly mentionWork: MentionIndexWork;
}

// The id a passing text is matched under: no note path starts with a NUL.
const passingTextId = '\u0000text';

/** Creates an empty bible for a vault layout (a function when the layout can change in the settings). */
export function createStoryBible(layout: BibleLayout | (() => BibleLayout)): StoryBible {
  const currentLayout = typeof layout === 'function' ? layout : () => layout;
  const entryList = createEntryList();
  const sceneNotes = new Map<string, SceneNote>();
  let mentions = createIncrementalMentionIndex();
  let ordered: SceneNote[] | undefined;
  let index: MentionIndex | undefined;

  /** Tells the mention index the names of an entry id (several notes may share a file name in different folders). */
  const updateEntryNames = (id: string): void => {
    const named = entryList.namesOf(id);
    const touched = named === undefined ? mentions.removeEntry(id) : mentions.setEntry(named);
    if (touched.length > 0) index = undefined;
  };
  const removeScene = (path: string): void => {
    if (!sceneNotes.delete(path)) return;
    mentions.removeSection(path);
    ordered = undefined;
    index = undefined;
  };

  const bible: StoryBible = {
    upsert(path, text) {
      const role = noteRoleOf(path, currentLayout());
      if (role === 'entry') {
        updateEntryNames(entryList.upsert(readEntryNote(path, text)));
      } else if (role === 'scene') {
        const scene = readSceneNote(path, text);
        sceneNotes.set(path, scene);
        mentions.setSection(path, scene.body);
        ordered = undefined;
        index = undefined;
      }
      return role;
    },
    remove(path) {
      const id = entryList.remove(path);
      if (id !== undefined) updateEntryNames(id);
      removeScene(path);
    },
    clear() {
      entryList.clear();
      sceneNotes.clear();
      mentions = createIncrementalMentionIndex();
      ordered = undefined;
      index = undefined;
    },
    rename(oldPath, newPath, text) {
      bible.remove(oldPath);
      bible.upsert(newPath, text);
    },
    entries: () => entryList.entries(),
    entryNotes: () => entryList.notes(),
    scenes: () => (ordered ??= orderScenes([...sceneNotes.values()])),
    sceneAt: (path) => sceneNotes.get(path),
    index() {
      if (index !== undefined) return index;
      let offset = 0;
      const sections = bible.scenes().map((scene): IndexedSection => {
        const section = { id: scene.id, label: scene.title, offset, length: scene.body.length, mentions: mentions.mentionsIn(scene.path) };
        offset += scene.body.length;
        return section;
      });
      return (index = { sections });
    },
    mentionsInText(text) {
      mentions.setSection(passingTextId, text);
      const found = mentions.mentionsIn(passingTextId);
      mentions.removeSection(passingTextId);
      return found;
    },
    get mentionWork() {
      return mentions.work;
    },
  };
  return bible;
}
