import type { StoryBible } from '../bible/story-bible.js';
import type { StoryPassage } from './story-passage.js';

/**
 * The entries a question names (by the mention index: names and aliases), and for each passage the names of those
 * it names: a scene passage by a mention inside it, an entry's own passage by being that entry.
 */
export function passagesNaming(bible: Pick<StoryBible, 'mentionsInText' | 'entries' | 'entryNotes' | 'scenes' | 'index'>, question: string, passages: readonly StoryPassage[]): { readonly named: readonly string[]; readonly byPassage: ReadonlyMap<string, readonly string[]> } {
  const namedIds = new Set(bible.mentionsInText(question).map((mention) => mention.entryId));
  const byPassage = new Map<string, string[]>();
  if (namedIds.size === 0) return { named: [], byPassage };
  const names = new Map(bible.entries().flatMap((entry) => (namedIds.has(entry.id) ? [[entry.id, entry.name] as const] : [])));
  const byPath = new Map<string, StoryPassage[]>();
  for (const passage of passages) byPath.set(passage.path, [...(byPath.get(passage.path) ?? []), passage]);
  const add = (passage: StoryPassage, entryId: string): void => {
    const name = names.get(entryId);
    const list = byPassage.get(passage.id) ?? [];
    if (name !== undefined && !list.includes(name)) byPassage.set(passage.id, [...list, name]);
  };
  for (const note of bible.entryNotes()) {
    if (namedIds.has(note.entry.id)) for (const passage of byPath.get(note.path) ?? []) add(passage, note.entry.id);
  }
  const sections = new Map(bible.index().sections.map((section) => [section.id, section]));
  for (const scene of bible.scenes()) {
    const scenePassages = byPath.get(scene.path);
    if (scenePassages === undefined) continue;
    for (const mention of sections.get(scene.id)?.mentions ?? []) {
      if (!namedIds.has(mention.entryId)) continue;
      const at = scene.bodyOffset + mention.start;
      const passage = scenePassages.find((candidate) => candidate.start <= at && at < candidate.end);
      if (passage !== undefined) add(passage, mention.entryId);
    }
  }
  return { named: [...names.values()], byPassage };
}
