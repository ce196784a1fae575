import type { NotePrompt } from '../prompts/note-prompt.js';
import { beatProsePrompt, brainstormPrompt, continueScenePrompt, describeSettingPrompt, dialoguePrompt, rewriteSelectionPrompt, type StoryPrompt } from './story-prompts.js';

/** The generation commands the plugin offers; their prompts are versioned data (`story-prompts.ts`). */
export type StoryTaskId = 'continue' | 'rewrite' | 'dialogue' | 'describe' | 'brainstorm' | 'beat-prose';

/** What the model is sent: a built-in prompt, or the writer's prompt note (its own variables, see `NotePromptSlot`). */
export type StoryTaskPrompt = { readonly source: 'built-in'; readonly prompt: StoryPrompt } | { readonly source: 'note'; readonly prompt: NotePrompt; readonly path: string };

/** One generation command; its prompt's id and version are recorded in the note's ledger. */
export type StoryTask = StoryTaskPrompt & {
  /** A built-in task's id, or the prompt note's prompt id. */
  readonly id: string;
  /** Command name, sentence case. */
  readonly name: string;
  /** The task works on the selected passage (and is refused without one). */
  readonly needsSelection: boolean;
  /** What accepting the result does by default: insert after the cursor/selection, or replace the selection. */
  readonly defaultApply: 'insert' | 'replace';
  /** Expected answer length, for the cost estimate. */
  readonly expectedOutputTokens: number;
};

/** Every generation task, in menu order. */
export const storyTasks: readonly StoryTask[] = [
  { source: 'built-in', id: 'continue', name: 'Continue the scene', prompt: continueScenePrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 400 },
  { source: 'built-in', id: 'rewrite', name: 'Rewrite the selection', prompt: rewriteSelectionPrompt, needsSelection: true, defaultApply: 'replace', expectedOutputTokens: 400 },
  { source: 'built-in', id: 'dialogue', name: 'Write the next exchange of dialogue', prompt: dialoguePrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 300 },
  { source: 'built-in', id: 'describe', name: 'Describe the setting', prompt: describeSettingPrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
  { source: 'built-in', id: 'brainstorm', name: 'Brainstorm what happens next', prompt: brainstormPrompt, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
  { source: 'built-in', id: 'beat-prose', name: 'Write the selected beat as a scene', prompt: beatProsePrompt, needsSelection: true, defaultApply: 'insert', expectedOutputTokens: 800 },
];
