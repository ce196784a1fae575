/** Where the story lives in the vault: entries in one folder, scenes in another (sub-folders included). */
export interface BibleLayout {
  readonly entriesFolder: string;
  readonly manuscriptFolder: string;
}

/** What a note is to the plugin. */
export type NoteRole = 'entry' | 'scene' | 'other';

const inFolder = (path: string, folder: string): boolean => folder !== '' && path.startsWith(`${folder.replace(/\/+$/, '')}/`);

/** Classifies a Markdown note by folder; notes outside both folders are left alone. */
export function noteRoleOf(path: string, layout: BibleLayout): NoteRole {
  if (!path.endsWith('.md')) return 'other';
  if (inFolder(path, layout.entriesFolder)) return 'entry';
  if (inFolder(path, layout.manuscriptFolder)) return 'scene';
  return 'other';
}
