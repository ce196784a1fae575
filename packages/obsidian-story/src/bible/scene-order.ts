import type { SceneNote } from './scene-note.js';

/**
 * Puts scenes in story order: Longform's `longform-order` when an index note has one (scenes it does not list follow,
 * by path), else the `sequence` key (scenes without one last), else file path order. Index notes are not scenes.
 */
export function orderScenes(notes: readonly SceneNote[]): SceneNote[] {
  const longform = notes.find((note) => note.longformOrder !== undefined)?.longformOrder;
  const scenes = notes.filter((note) => note.longformOrder === undefined).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (longform !== undefined) {
    const rank = (scene: SceneNote): number => {
      const position = longform.findIndex((name) => name === scene.id || name === scene.path || name === `${scene.id}.md`);
      return position === -1 ? longform.length : position;
    };
    return scenes.map((scene, index) => ({ scene, index })).sort((a, b) => rank(a.scene) - rank(b.scene) || a.index - b.index).map(({ scene }) => scene);
  }
  const infinity = Number.POSITIVE_INFINITY;
  return scenes.map((scene, index) => ({ scene, index })).sort((a, b) => (a.scene.sequence ?? infinity) - (b.scene.sequence ?? infinity) || a.index - b.index).map(({ scene }) => scene);
}
