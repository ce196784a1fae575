/** The generation commands the plugin offers; prompts are data, kept apart from logic. */
export type StoryTaskId = 'continue' | 'rewrite' | 'dialogue' | 'describe' | 'brainstorm';

/** One generation command. */
export interface StoryTask {
  readonly id: StoryTaskId;
  /** Command name, sentence case. */
  readonly name: string;
  /** What the model is asked to do. */
  readonly instruction: string;
  /** The task works on the selected passage (and is refused without one). */
  readonly needsSelection: boolean;
  /** What accepting the result does by default: insert after the cursor/selection, or replace the selection. */
  readonly defaultApply: 'insert' | 'replace';
  /** Expected answer length, for the cost estimate. */
  readonly expectedOutputTokens: number;
}

const voice = 'Match the manuscript’s voice, tense and point of view. Never contradict the story bible. Reply with the text only, no preamble.';

/** Every generation task, in menu order. */
export const storyTasks: readonly StoryTask[] = [
  { id: 'continue', name: 'Continue the scene', instruction: `Continue the scene from exactly where it stops, for 150 to 300 words. ${voice}`, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 400 },
  { id: 'rewrite', name: 'Rewrite the selection', instruction: `Rewrite the selected passage so it reads more vividly, keeping every event and fact in it. ${voice}`, needsSelection: true, defaultApply: 'replace', expectedOutputTokens: 400 },
  { id: 'dialogue', name: 'Write the next exchange of dialogue', instruction: `Write the next few lines of dialogue, each character speaking in the voice the story bible and the scene establish. ${voice}`, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 300 },
  { id: 'describe', name: 'Describe the setting', instruction: `Write one paragraph describing where the scene takes place at this point, using only what the story bible and the scene say about it. ${voice}`, needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
  { id: 'brainstorm', name: 'Brainstorm what happens next', instruction: 'List five different things that could happen next, one line each, consistent with the story bible. Reply with the list only.', needsSelection: false, defaultApply: 'insert', expectedOutputTokens: 250 },
];
