import { applicableProgressions, type MentionIndex, type StoryEntry } from '@reelkit/core/story';

/** An entry as the "In this scene" view lists it. */
export interface SceneMention {
  readonly entryId: string;
  readonly name: string;
  readonly type: StoryEntry['type'];
  readonly count: number;
  /** Offset (in the scene body) of the first mention, to jump to. */
  readonly firstAt: number;
  /** Progressions true by the end of this scene. */
  readonly progressions: readonly string[];
}

/** The entries a scene mentions, in order of first mention, with the progressions in force there. */
export function sceneMentions(entries: readonly StoryEntry[], index: MentionIndex, sceneId: string): SceneMention[] {
  const sectionIndex = index.sections.findIndex((section) => section.id === sceneId);
  const section = index.sections[sectionIndex];
  if (section === undefined) return [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const point = { sceneIndex: sectionIndex, offset: section.offset + section.length, sceneOrder: index.sections.map((candidate) => candidate.id) };
  const seen = new Map<string, { count: number; firstAt: number }>();
  for (const mention of section.mentions) {
    const current = seen.get(mention.entryId);
    seen.set(mention.entryId, { count: (current?.count ?? 0) + 1, firstAt: current?.firstAt ?? mention.start });
  }
  return [...seen].flatMap(([entryId, { count, firstAt }]) => {
    const entry = byId.get(entryId);
    return entry === undefined ? [] : [{ entryId, name: entry.name, type: entry.type, count, firstAt, progressions: applicableProgressions(entry, point) }];
  });
}
