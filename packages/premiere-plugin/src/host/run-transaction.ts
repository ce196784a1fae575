import { PremiereHostError } from '../ports/premiere-host-error.js';
import type { ActionApi, ProjectApi } from './premiere-api.js';

/**
 * Builds actions under `lockedAccess` (the project cannot change while they are made) and commits them all in one
 * `executeTransaction`: one undo step named `undoLabel`. Returns how many actions were committed; none is no step.
 */
export function runTransaction(project: ProjectApi, undoLabel: string, buildActions: () => readonly ActionApi[]): number {
  let committed = 0;
  let succeeded = true;
  project.lockedAccess(() => {
    const actions = buildActions();
    if (actions.length === 0) return;
    succeeded = project.executeTransaction((compoundAction) => {
      for (const action of actions) compoundAction.addAction(action);
    }, undoLabel);
    committed = actions.length;
  });
  if (!succeeded) throw new PremiereHostError(`Premiere rejected "${undoLabel}".`, 'Nothing was changed; check the project is not read-only and try again.');
  return committed;
}
