// Reads the example story bible from disk (Node): one Markdown note per entry, one per manuscript scene.
import { readdir, readFile } from 'node:fs/promises';
import { parseEntryNote, parseFrontmatter, resolveEntryLinks, type StoryEntry } from '../../packages/core/src/story/index.js';

/** A manuscript scene with the entry ids a person marked as mentioned in it (the ground truth for recall). */
export interface ExampleScene {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly mentions: readonly string[];
}

/** The example bible: entries with links resolved, and the scenes in story order. */
export interface ExampleBible {
  readonly entries: readonly StoryEntry[];
  readonly scenes: readonly ExampleScene[];
}

const root = new URL('./', import.meta.url);

/** Loads `entries/*.md` and `manuscript/*.md` (scenes sorted by file name). */
export async function loadExampleBible(): Promise<ExampleBible> {
  const read = async (folder: string) => {
    const names = (await readdir(new URL(folder, root))).filter((name) => name.endsWith('.md')).sort();
    return Promise.all(names.map(async (name) => ({ id: name.slice(0, -3), text: await readFile(new URL(`${folder}${name}`, root), 'utf8') })));
  };
  const entries = resolveEntryLinks((await read('entries/')).map(({ id, text }) => parseEntryNote(id, text)));
  const scenes = (await read('manuscript/')).map(({ id, text }) => {
    const { data, body } = parseFrontmatter(text);
    const title = typeof data['title'] === 'string' ? data['title'] : id;
    const mentions = Array.isArray(data['mentions']) ? [...(data['mentions'] as readonly string[])] : [];
    return { id, title, text: body, mentions };
  });
  return { entries, scenes };
}
