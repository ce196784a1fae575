import { lintProse } from '@reelkit/core/language';
import type { StoryEntry } from '@reelkit/core/story';
import type { StoryFinding } from '../continuity/story-finding.js';

/**
 * Runs the core's language lint over every entry description (narration rules: an entry description is the
 * writer's voice, not a character's); offsets are the description's own.
 */
export function lintDescriptions(entries: readonly StoryEntry[]): StoryFinding[] {
  return entries.flatMap((entry) =>
    lintProse(entry.description).map((finding): StoryFinding => ({
      entryId: entry.id,
      offset: finding.range?.start.offset ?? 0,
      finding: { ...finding, message: `${entry.name}: ${finding.message}` },
    })),
  );
}
