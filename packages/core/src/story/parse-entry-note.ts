import { parseFrontmatter, type FrontmatterValue } from './parse-frontmatter.js';
import type { ContextMode, Progression, StoryEntry, StoryEntryType } from './story-entry.js';

const entryTypes: readonly StoryEntryType[] = ['character', 'location', 'object', 'lore', 'other'];
const contextModes: readonly ContextMode[] = ['always', 'when-mentioned', 'manual', 'never'];
const privateHeading = /^#{1,6}\s+private(\s+notes)?\s*$/i;
const wikiLink = /\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g;

/**
 * Reads a story-bible note (Markdown with frontmatter) into an entry. Frontmatter keys: `type` (character, location,
 * object, lore, other; default other), `name` (default: the id), `aliases` (list), `context` (always,
 * when-mentioned, manual, never; default when-mentioned), `private` (true/false), `links` (list of entry ids or
 * names), `attributes` (map) and `progressions` (list of `scene-id: fact`). The body is the description; a heading
 * `Private` or `Private notes` starts the private notes, which run to the end. `[[wikilinks]]` in the description add
 * links and are sent as plain text. Links stay as written until `resolveEntryLinks` maps them to ids.
 */
export function parseEntryNote(id: string, text: string): StoryEntry {
  const { data, body } = parseFrontmatter(text);
  const lines = body.split('\n');
  const privateStart = lines.findIndex((line) => privateHeading.test(line.trim()));
  const descriptionSource = (privateStart === -1 ? lines : lines.slice(0, privateStart)).join('\n').trim();
  const privateNotes = privateStart === -1 ? '' : lines.slice(privateStart + 1).join('\n').trim();
  const bodyLinks: string[] = [];
  const description = descriptionSource.replace(wikiLink, (_, target: string, label: string | undefined) => {
    bodyLinks.push(target.trim());
    return (label ?? target).trim();
  });
  const type = asString(data['type']);
  const mode = asString(data['context']);
  return {
    id,
    type: entryTypes.find((candidate) => candidate === type) ?? 'other',
    name: asString(data['name']) ?? id,
    aliases: asList(data['aliases']),
    description,
    privateNotes,
    contextMode: contextModes.find((candidate) => candidate === mode) ?? 'when-mentioned',
    ...(data['private'] === true ? { private: true } : {}),
    attributes: asMap(data['attributes']),
    progressions: asList(data['progressions']).map(readProgression),
    links: [...new Set([...asList(data['links']), ...bodyLinks])],
  };
}

function readProgression(item: string): Progression {
  const colon = item.indexOf(': ');
  if (colon === -1) return { text: item };
  return { sceneId: item.slice(0, colon).trim(), text: item.slice(colon + 2).trim() };
}

function asString(value: FrontmatterValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asList(value: FrontmatterValue | undefined): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? [...(value as readonly string[])] : [];
}

function asMap(value: FrontmatterValue | undefined): Record<string, string> {
  return typeof value === 'object' && !Array.isArray(value) ? { ...(value as Readonly<Record<string, string>>) } : {};
}
