import type { TFile } from 'obsidian';
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

/** Creates the sync between a vault and a bible. */
export function createBibleSync<File extends NoteFile>(vault: VaultPort<File>, bible: StoryBible): BibleSync<File> {
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  return {
    async load() {
      for (const file of vault.getMarkdownFiles()) {
        bible.upsert(file.path, await vault.cachedRead(file));
      }
      notify();
    },
    changed(file, text) {
      if (bible.upsert(file.path, text) !== 'other') notify();
    },
    deleted(file) {
      bible.remove(file.path);
      notify();
    },
    async renamed(file, oldPath) {
      if (file.extension !== 'md') return;
      bible.rename(oldPath, file.path, await vault.cachedRead(file));
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
