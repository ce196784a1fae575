/** A passage of a scene or an entry note: what the ask index embeds, and what a question may be answered from. */
export interface StoryPassage {
  /** `path#start`: unique in the vault. */
  readonly id: string;
  readonly path: string;
  readonly kind: 'scene' | 'entry';
  /** The scene's title or the entry's name. */
  readonly title: string;
  /** Offsets in the note, frontmatter included (`end` exclusive). */
  readonly start: number;
  readonly end: number;
  /** 0-based lines of the first and last character, as the editor counts them. */
  readonly line: number;
  readonly endLine: number;
  /** What is embedded and, when chosen, sent. */
  readonly text: string;
}

/** A passage with its embedding (a unit vector). */
export interface IndexedPassage extends StoryPassage {
  readonly vector: Float32Array;
}
