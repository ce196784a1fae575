import { readPromptNote, type PromptNoteReading } from './read-prompt-note.js';

/** The vault calls loading prompt notes takes (a `VaultPort` has them). */
export interface PromptNoteSource<File extends { readonly path: string }> {
  getMarkdownFiles(): File[];
  cachedRead(file: File): Promise<string>;
}

/** Reads every note in the prompts folder (sub-folders included), sorted by path; none when no folder is set. */
export async function loadPromptNotes<File extends { readonly path: string }>(vault: PromptNoteSource<File>, folder: string): Promise<PromptNoteReading[]> {
  if (folder.trim() === '') return [];
  const prefix = `${folder.replace(/\/+$/, '')}/`;
  const files = vault.getMarkdownFiles().filter((file) => file.path.startsWith(prefix)).sort((a, b) => a.path.localeCompare(b.path));
  return Promise.all(files.map(async (file) => readPromptNote(file.path, await vault.cachedRead(file))));
}
