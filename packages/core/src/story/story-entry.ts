/** What kind of thing a story-bible entry describes. */
export type StoryEntryType = 'character' | 'location' | 'object' | 'lore' | 'other';

/**
 * When an entry goes into the AI's context: `always`; `when-mentioned` in the text before the cursor; `manual` only
 * when the user pins it for a request; `never`.
 */
export type ContextMode = 'always' | 'when-mentioned' | 'manual' | 'never';

/**
 * A fact that becomes true from a point in the story on ("loses her left hand"). It applies at a cursor in the scene
 * `sceneId` or any later scene, or at document offset `position` and after; with neither it always applies.
 */
export interface Progression {
  readonly sceneId?: string;
  readonly position?: number;
  readonly text: string;
}

/** One story-bible entry: a character, place, object or piece of lore. Fountain characters use the same model. */
export interface StoryEntry {
  /** Stable id (a note's file name, or `character-mara` for a Fountain character). */
  readonly id: string;
  readonly type: StoryEntryType;
  readonly name: string;
  /** Other names the text may use: nicknames, titles, short forms. */
  readonly aliases: readonly string[];
  /** What the AI is told about the entry. */
  readonly description: string;
  /** The writer's own notes; never sent to a model. */
  readonly privateNotes: string;
  readonly contextMode: ContextMode;
  /** A private entry is never sent to a model, whatever its context mode. */
  readonly private?: boolean;
  /** Declared attributes (e.g. `gender`, `age group`) for representation checks; not sent as context. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly progressions: readonly Progression[];
  /** Ids of related entries; context assembly includes them one link away. */
  readonly links: readonly string[];
}

/** Builds an entry from the fields that matter, defaulting the rest (when-mentioned, no notes, no links). */
export function createStoryEntry(fields: Pick<StoryEntry, 'id' | 'type' | 'name'> & Partial<StoryEntry>): StoryEntry {
  return {
    aliases: [],
    description: '',
    privateNotes: '',
    contextMode: 'when-mentioned',
    attributes: {},
    progressions: [],
    links: [],
    ...fields,
  };
}
