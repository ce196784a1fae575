import { createResolvedEntries, type NamedEntry, type StoryEntry } from '@reelkit/core/story';
import type { EntryNote } from './entry-note.js';

/** The entry notes of a bible, with links resolved incrementally (see `createResolvedEntries`). */
export interface EntryList {
  /** Stores a note; returns its entry id. */
  upsert(note: EntryNote): string;
  /** Forgets a note; returns its entry id, or undefined when the path held no entry. */
  remove(path: string): string | undefined;
  clear(): void;
  /** In the order notes were first added, links resolved to ids. */
  entries(): readonly StoryEntry[];
  notes(): readonly EntryNote[];
  /** Every name of the notes with this id, as one entry for the mention index; undefined when none is left. */
  namesOf(id: string): NamedEntry | undefined;
}

/** Creates an empty list. */
export function createEntryList(): EntryList {
  const notes = new Map<string, EntryNote>();
  // Two notes may share a file name (so an id) in different folders: the mention index sees one entry with both names.
  const pathsById = new Map<string, Set<string>>();
  let resolved = createResolvedEntries();

  return {
    upsert(note) {
      notes.set(note.path, note);
      resolved.set(note.path, note.entry);
      const { id } = note.entry;
      pathsById.set(id, (pathsById.get(id) ?? new Set<string>()).add(note.path));
      return id;
    },
    remove(path) {
      const previous = notes.get(path);
      if (previous === undefined) return undefined;
      notes.delete(path);
      resolved.remove(path);
      pathsById.get(previous.entry.id)?.delete(path);
      return previous.entry.id;
    },
    clear() {
      notes.clear();
      pathsById.clear();
      resolved = createResolvedEntries();
    },
    entries: () => resolved.list(),
    notes: () => [...notes.values()],
    namesOf(id) {
      const names = [...(pathsById.get(id) ?? [])].flatMap((path) => {
        const entry = notes.get(path)?.entry;
        return entry === undefined ? [] : [entry.name, ...entry.aliases];
      });
      const [name, ...aliases] = names;
      return name === undefined ? undefined : { id, name, aliases };
    },
  };
}
