import { PremiereHostError } from '../ports/premiere-host-error.js';
import { findBin } from './find-project-items.js';
import type { FolderItemApi, PremiereApi, ProjectApi } from './premiere-api.js';
import { runTransaction } from './run-transaction.js';

/** The bin named `name` at the project's root, created (one undo step, `Reelkit: create bin …`) when missing. */
export async function ensureBin(api: PremiereApi, project: ProjectApi, name: string): Promise<FolderItemApi> {
  const root = await project.getRootItem();
  const existing = await findBin(api, root, name);
  if (existing !== undefined) return existing;
  runTransaction(project, `Reelkit: create bin ${name}`, () => [root.createBinAction(name, false)]);
  const created = await findBin(api, root, name);
  if (created === undefined) throw new PremiereHostError(`Could not create the bin "${name}".`, 'Create it by hand and try again.');
  return created;
}
