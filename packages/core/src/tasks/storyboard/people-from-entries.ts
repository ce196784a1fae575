import type { StoryEntry } from '../../story/story-entry.js';
import type { StoryboardPerson } from './storyboard-person.js';

/** People from story-bible character entries; private entries are left out (they never reach a model or a prompt). */
export function peopleFromEntries(entries: readonly StoryEntry[]): StoryboardPerson[] {
  return entries
    .filter((entry) => entry.type === 'character' && entry.private !== true)
    .map((entry) => ({ name: entry.name, aliases: entry.aliases, description: entry.description, attributes: entry.attributes }));
}
