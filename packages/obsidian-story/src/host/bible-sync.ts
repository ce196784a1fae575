import type { TFile } from 'obsidian';
import type { NoteTextListener } from '../ask/note-text-listener.js';
import type { StoryBible } from '../bible/story-bible.js';
import type { NoteFile, VaultPort } from './vault-port.js';

/** Keeps a `StoryBible` current: one full read at start-up, then only the note an event names. */
export interface BibleSync<File extends NoteFile = TFile> {
  /** Reads every Markdown note once (at layout ready). */
  load(): Promise<void>;
  /** `MetadataCache` "changed": Obsidian hands over the new text, so nothing is read again. */
  changed(file: File, text: string): void;
  /** Vault "delete". */
  deleted(file: File): void;
  /** Vault "rename": the text is unchanged, so it is read from the cache once. */
  renamed(file: File, oldPath: string): Promise<void>;
  /** Listeners called after any change that reached the bible (views re-render). */
  onChange(listener: () => void): () => void;
}

/**
 * Creates the sync between a vault and a bible. `follower` (the ask index) gets every note's text from the same read
 * and events, so nothing is read twice.
 */
export function createBibleSync<File extends NoteFile>(vault: VaultPort<File>, bible: StoryBible, follower?: NoteTextListener): BibleSync<File> {
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  return {
    async load() {
      for (const file of vault.getMarkdownFiles()) {
        const text = await vault.cachedRead(file);
        bible.upsert(file.path, text);
        follower?.changed(file.path, text);
      }
      notify();
    },
    changed(file, text) {
      follower?.changed(file.path, text);
      if (bible.upsert(file.path, text) !== 'other') notify();
    },
    deleted(file) {
      follower?.removed(file.path);
      bible.remove(file.path);
      notify();
    },
    async renamed(file, oldPath) {
      if (file.extension !== 'md') return;
      const text = await vault.cachedRead(file);
      follower?.renamed(oldPath, file.path, text);
      bible.rename(oldPath, file.path, text);
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
