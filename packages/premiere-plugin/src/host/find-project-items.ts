import type { ClipProjectItemApi, FolderItemApi, PremiereApi, ProjectItemApi } from './premiere-api.js';

/** A clip found by its media path. */
export interface FoundClip {
  readonly path: string;
  readonly item: ProjectItemApi;
  readonly clip: ClipProjectItemApi;
}

/** The bin named `name` directly under `parent`. */
export async function findBin(api: PremiereApi, parent: FolderItemApi, name: string): Promise<FolderItemApi | undefined> {
  const item = (await parent.getItems()).find((candidate) => candidate.type === api.ProjectItem.TYPE_BIN && candidate.name === name);
  return item === undefined ? undefined : api.FolderItem.cast(item);
}

/** Clips in `folder` (and its bins, when `deep`) whose media file is one of `paths`, in the order of `paths`. */
export async function findClipsByPath(api: PremiereApi, folder: FolderItemApi, paths: readonly string[], deep = false): Promise<FoundClip[]> {
  const wanted = new Set(paths);
  const found = new Map<string, FoundClip>();
  const visit = async (current: FolderItemApi): Promise<void> => {
    for (const item of await current.getItems()) {
      if (item.type === api.ProjectItem.TYPE_CLIP) {
        const clip = api.ClipProjectItem.cast(item);
        const path = await clip.getMediaFilePath();
        if (wanted.has(path) && !found.has(path)) found.set(path, { path, item, clip });
      } else if (deep && item.type === api.ProjectItem.TYPE_BIN) {
        await visit(api.FolderItem.cast(item));
      }
    }
  };
  await visit(folder);
  return paths.flatMap((path) => {
    const clip = found.get(path);
    return clip === undefined ? [] : [clip];
  });
}

/** Every item under `folder`, bins included, depth first: for lookups by name. */
export async function listProjectItems(api: PremiereApi, folder: FolderItemApi): Promise<ProjectItemApi[]> {
  const items: ProjectItemApi[] = [];
  for (const item of await folder.getItems()) {
    items.push(item);
    if (item.type === api.ProjectItem.TYPE_BIN) items.push(...(await listProjectItems(api, api.FolderItem.cast(item))));
  }
  return items;
}
