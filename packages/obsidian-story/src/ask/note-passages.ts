import { chunkParagraphs, parseFrontmatter } from '@reelkit/core/story';
import { noteRoleOf, type BibleLayout } from '../bible/bible-layout.js';
import { readEntryNote } from '../bible/entry-note.js';
import { readSceneNote } from '../bible/scene-note.js';
import { lineAt } from './line-at.js';
import type { StoryPassage } from './story-passage.js';

// The heading that starts an entry's private notes, as `parseEntryNote` reads it.
const privateHeading = /^#{1,6}\s+private(\s+notes)?\s*$/im;

/**
 * The passages a note gives the ask index: a scene's body in passages of whole paragraphs (`chunkParagraphs`), or
 * an entry's name, type, other names and description as one passage. Private entries and `never` entries give none,
 * and private notes are never part of a passage: nothing the writer keeps from models is embedded.
 */
export function notePassages(path: string, text: string, layout: BibleLayout): StoryPassage[] {
  const role = noteRoleOf(path, layout);
  const passage = (kind: StoryPassage['kind'], title: string, start: number, end: number, passageText: string): StoryPassage => ({
    id: `${path}#${start}`,
    path,
    kind,
    title,
    start,
    end,
    line: lineAt(text, start),
    endLine: lineAt(text, Math.max(start, end - 1)),
    text: passageText,
  });
  if (role === 'scene') {
    const scene = readSceneNote(path, text);
    return chunkParagraphs(scene.body).map((chunk) => passage('scene', scene.title, scene.bodyOffset + chunk.start, scene.bodyOffset + chunk.end, chunk.text));
  }
  if (role !== 'entry') return [];
  const { entry } = readEntryNote(path, text);
  if (entry.private === true || entry.contextMode === 'never' || entry.description === '') return [];
  const bodyStart = text.length - parseFrontmatter(text).body.length;
  const privateAt = text.slice(bodyStart).search(privateHeading);
  const region = text.slice(bodyStart, privateAt === -1 ? text.length : bodyStart + privateAt);
  const start = bodyStart + (region.length - region.trimStart().length);
  const end = bodyStart + region.trimEnd().length;
  const aliases = entry.aliases.filter((alias) => alias !== entry.name);
  const heading = `${entry.name} (${entry.type}${aliases.length > 0 ? `; also ${aliases.join(', ')}` : ''})`;
  return [passage('entry', entry.name, start, end, `${heading}: ${entry.description}`)];
}
