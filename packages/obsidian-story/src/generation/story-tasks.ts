import { brainstormPrompt, continueScenePrompt, describeSettingPrompt, dialoguePrompt, rewriteSelectionPrompt, type StoryPrompt } from './story-prompts.js';

/** The generation commands the plugin offers; their prompts are versioned data (`story-prompts.ts`). */
export type StoryTaskId = 'continue' | 'rewrite' | 'dialogue' | 'describe' | 'brainstorm';

/** One generation command. */
export interface StoryTask {
  readonly id: StoryTaskId;
  /** Command name, sentence case. */
  readonly name: string;
  /** What the model is sent; its id and version are recorded in the note's ledger. */
  readonly prompt: StoryPrompt;
  /** The task works on the selected passage (and is refused without one). */
  readonly needsSelection: boolean;
  /** What accepting the result does by default: insert after the cursor/selection, or replace the selection. */
  readonly defaultApply: 'insert' | 'replace';
  /** Expected answer length, for the cost estimate. */
  readonly expectedOutputTokens: number;
}

/** Every generation task, in menu order. */
export const storyTasks: readonly StoryTask[] = [
  { id: 'continue', name: 'Continue the scene', prompt: continueScenePrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 400 },
  { id: 'rewrite', name: 'Rewrite the selection', prompt: rewriteSelectionPrompt, needsSelection: true, defaultApply: 'replace', expectedOutputTokens: 400 },
  { id: 'dialogue', name: 'Write the next exchange of dialogue', prompt: dialoguePrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 300 },
  { id: 'describe', name: 'Describe the setting', prompt: describeSettingPrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
  { id: 'brainstorm', name: 'Brainstorm what happens next', prompt: brainstormPrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
];
