import type { StoryEntry } from './story-entry.js';

/** Where the cursor is, for deciding which progressions are already true. */
export interface StoryPoint {
  /** Index of the cursor's scene in the story's scene order. */
  readonly sceneIndex: number;
  /** Offset of the cursor in the whole document. */
  readonly offset: number;
  /** Scene ids in story order. */
  readonly sceneOrder: readonly string[];
}

/** The progressions of an entry that are true at a point: from their scene (or offset) on, in the entry's order. */
export function applicableProgressions(entry: StoryEntry, point: StoryPoint): string[] {
  return entry.progressions
    .filter((progression) => {
      if (progression.sceneId !== undefined) {
        const index = point.sceneOrder.indexOf(progression.sceneId);
        // A progression tied to a scene the story does not have cannot be placed, so it is not applied.
        return index !== -1 && index <= point.sceneIndex;
      }
      return progression.position === undefined || progression.position <= point.offset;
    })
    .map((progression) => progression.text);
}
