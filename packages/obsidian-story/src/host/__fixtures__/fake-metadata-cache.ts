// A fake of our own MetadataPort: tests fire "changed" as Obsidian does after indexing a note.
import type { CachedMetadata, EventRef } from 'obsidian';
import type { MetadataPort } from '../metadata-port.js';
import type { FakeFile } from './fake-vault.js';

type ChangedCallback = (file: FakeFile, data: string, cache: CachedMetadata) => unknown;

/** Holds "changed" subscribers and fires them on demand. */
export class FakeMetadataCache implements MetadataPort<FakeFile> {
  private readonly callbacks: ChangedCallback[] = [];

  on(_name: 'changed', callback: ChangedCallback): EventRef {
    this.callbacks.push(callback);
    return {};
  }

  /** What Obsidian does after it re-indexes an edited note. */
  fireChanged(file: FakeFile, text: string): void {
    for (const callback of this.callbacks) callback(file, text, {});
  }
}
