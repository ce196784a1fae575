/** The adapter calls that create folders (Obsidian's `DataAdapter` has them). */
export interface FolderAdapter {
  exists(path: string): Promise<boolean>;
  mkdir(path: string): Promise<void>;
}

/** Creates each missing folder above `path` (the adapter's `write` and `append` do not). */
export async function ensureParentFolders(adapter: FolderAdapter, path: string): Promise<void> {
  const parts = path.split('/').slice(0, -1);
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const folder = parts.slice(0, depth).join('/');
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
  }
}
