import type { StoryEntry } from './story-entry.js';

/**
 * The block of context text for one entry: a heading with name and type, the other names, the description and the
 * progressions in force. Private notes and attributes are never part of it.
 */
export function renderEntry(entry: StoryEntry, progressions: readonly string[]): string {
  const lines = [`## ${entry.name} (${entry.type})`];
  const aliases = entry.aliases.filter((alias) => alias.trim() !== '' && alias !== entry.name);
  if (aliases.length > 0) lines.push(`Also called: ${aliases.join(', ')}.`);
  const description = entry.description.trim();
  if (description !== '') lines.push(description);
  if (progressions.length > 0) lines.push('By this point in the story:', ...progressions.map((text) => `- ${text.trim()}`));
  return lines.join('\n');
}
