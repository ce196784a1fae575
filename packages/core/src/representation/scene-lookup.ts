import type { Screenplay } from '../screenplay/screenplay.js';

/** The id of the scene each element belongs to, by element index (undefined before the first heading). */
export function sceneIdsByElement(screenplay: Screenplay): (string | undefined)[] {
  const ids: (string | undefined)[] = new Array<string | undefined>(screenplay.elements.length).fill(undefined);
  for (const scene of screenplay.scenes) ids.fill(scene.id, scene.elementStart, scene.elementEnd);
  return ids;
}
