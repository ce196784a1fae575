/** A person who may appear in a frame, as the writer declared them (story bible or the script's cast block). */
export interface StoryboardPerson {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** What the model may be told (a story-bible entry's description). */
  readonly description?: string;
  /** Declared attributes (age, build, appearance); shown to the user in suggestions, never added to prompts behind their back. */
  readonly attributes?: Readonly<Record<string, string>>;
}
