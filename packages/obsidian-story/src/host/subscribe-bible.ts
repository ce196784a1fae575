import type { EventRef, TFile } from 'obsidian';
import type { BibleSync } from './bible-sync.js';
import type { MetadataPort } from './metadata-port.js';
import type { NoteFile } from './vault-port.js';

/**
 * Feeds metadata "changed" events to the sync. The event carries the note's new text, so after the start-up read no
 * note is read again. `register` is the plugin's `registerEvent`, so the subscription ends with the plugin.
 */
export function subscribeBible<File extends NoteFile = TFile>(metadata: MetadataPort<File>, sync: BibleSync<File>, register: (ref: EventRef) => void): void {
  register(metadata.on('changed', (file, text) => sync.changed(file, text)));
}
