import type { PromptTemplate } from '@reelkit/core/tasks/prompts';

/**
 * What a prompt note may use: `{{selection}}` the selected text (empty at a cursor), `{{scene}}` the scene up to the
 * cursor or selection, `{{entries}}` the story-bible entries assembled for it (within the context budget, as the
 * preview lists them), `{{title}}` the scene's title.
 */
export type NotePromptSlot = 'selection' | 'scene' | 'entries' | 'title';

/** Every variable a prompt note may use. */
export const notePromptSlots: readonly NotePromptSlot[] = ['selection', 'scene', 'entries', 'title'];

/** A prompt the writer keeps as a note; its version carries a digest of its wording, so the ledger names the exact text. */
export type NotePrompt = PromptTemplate<NotePromptSlot>;

/** A prompt note as read, before its version is stamped with the digest of its wording. */
export interface PromptNote {
  readonly path: string;
  /** The command name shown in the template picker. */
  readonly name: string;
  /** `prompt-id`; a built-in's id (e.g. `story.continue`) makes the note replace that command's prompt. */
  readonly id: string;
  /** `version` as declared (`1` when absent). */
  readonly declaredVersion: string;
  readonly system: string;
  readonly user: string;
  readonly slots: readonly NotePromptSlot[];
  readonly defaultApply: 'insert' | 'replace';
  readonly expectedOutputTokens: number;
}
