import type { FileManager, TFile } from 'obsidian';
import type { NoteFile } from './vault-port.js';

/** Frontmatter edits through Obsidian's `processFrontMatter` (atomic, keeps the rest of the note as it was). */
export interface FileManagerPort<File extends NoteFile = TFile> {
  processFrontMatter(file: File, fn: Parameters<FileManager['processFrontMatter']>[1]): ReturnType<FileManager['processFrontMatter']>;
}
