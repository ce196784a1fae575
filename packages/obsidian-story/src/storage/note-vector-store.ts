import { ensureParentFolders, type FolderAdapter } from './ensure-parent-folders.js';

/** The adapter calls the vector store makes; Obsidian's `DataAdapter` has them all (see `host/vault-port.ts`). */
export interface VectorFileAdapter extends FolderAdapter {
  read(path: string): Promise<string>;
  write(path: string, data: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/** One file of vectors per note, so a restart reads what it has and re-embeds nothing unchanged. */
export interface NoteVectorStore {
  /** The note's file, or undefined when it has none. */
  read(notePath: string): Promise<string | undefined>;
  write(notePath: string, text: string): Promise<void>;
  remove(notePath: string): Promise<void>;
}

/**
 * The store in a folder of the plugin's own (`<plugin dir>/index`), mirroring the vault's paths:
 * `Manuscript/scene-01.md` keeps its vectors in `<folder>/Manuscript/scene-01.md.json`.
 */
export function createNoteVectorStore(adapter: VectorFileAdapter, folder: string): NoteVectorStore {
  const fileOf = (notePath: string): string => `${folder}/${notePath}.json`;
  return {
    read: async (notePath) => ((await adapter.exists(fileOf(notePath))) ? adapter.read(fileOf(notePath)) : undefined),
    async write(notePath, text) {
      await ensureParentFolders(adapter, fileOf(notePath));
      await adapter.write(fileOf(notePath), text);
    },
    async remove(notePath) {
      if (await adapter.exists(fileOf(notePath))) await adapter.remove(fileOf(notePath));
    },
  };
}
