import type { CachedMetadata, EventRef, MetadataCache, TFile } from 'obsidian';
import type { NoteFile } from './vault-port.js';

/** The one metadata event the bible listens to: a note re-indexed, with its new text. Generic over the file type. */
export interface MetadataPort<File extends NoteFile = TFile> {
  on(name: 'changed', callback: (file: File, data: string, cache: CachedMetadata) => unknown): EventRef;
}

/** Obsidian's `MetadataCache` is a `MetadataPort`; this line fails to compile if the declarations drift. */
export const metadataIsPort = (cache: MetadataCache): MetadataPort => cache;
