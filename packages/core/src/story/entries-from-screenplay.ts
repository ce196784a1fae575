import { slug } from '../screenplay/build-model.js';
import type { Screenplay } from '../screenplay/screenplay.js';
import type { StoryEntry } from './story-entry.js';
import { createStoryEntry } from './story-entry.js';

/**
 * Character and location entries for a Fountain script: speaking characters (`character-<slug>`) and scene-heading
 * locations (`location-<slug>`), named in title case with the script's spelling as an alias, `when-mentioned`, with no
 * description yet. Merge them with the writer's own entries by id.
 */
export function entriesFromScreenplay(screenplay: Screenplay): StoryEntry[] {
  const characters = screenplay.characters.map((character) =>
    createStoryEntry({ id: `character-${slug(character.name)}`, type: 'character', name: titleCase(character.name), aliases: aliasFor(character.name) }),
  );
  const locations = screenplay.locations.map((location) =>
    createStoryEntry({ id: `location-${slug(location.name)}`, type: 'location', name: titleCase(location.name), aliases: aliasFor(location.name) }),
  );
  return [...characters, ...locations];
}

/** The script's own spelling is kept as an alias when title case changed it, so the preview shows both. */
function aliasFor(name: string): string[] {
  return titleCase(name) === name ? [] : [name];
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}
