import type { PromptTemplate } from '@reelkit/core/tasks/prompts';

/**
 * What every story prompt is filled with: the story-bible context, the scene's title, where the scene text stops
 * (`cursor` or `selection`), the scene up to there, and the selected passage (see `selectedPassage`).
 */
export type StoryPromptSlot = 'context' | 'title' | 'position' | 'before' | 'selection';

/** A story-generation prompt; its id and version go into the ledger with every generation it makes. */
export type StoryPrompt = PromptTemplate<StoryPromptSlot>;

/** The `selection` slot: the selected passage under its heading, or nothing when no text is selected. */
export function selectedPassage(selected: string): string {
  return selected === '' ? '' : `\n\nSelected passage:\n${selected}`;
}

const slots: readonly StoryPromptSlot[] = ['context', 'title', 'position', 'before', 'selection'];
const system = (instruction: string): string => `You help a novelist write. ${instruction}`;
const voice = 'Match the manuscript’s voice, tense and point of view. Never contradict the story bible. Reply with the text only, no preamble.';
const sceneRequest = (task: string): string => `Story bible (what is true in this story):\n{{context}}\n\nScene "{{title}}", up to the {{position}}:\n{{before}}{{selection}}\n\nTask: ${task}.`;

// Change a prompt's wording only together with its version: the ledger names the prompt by both.

/** Continues the scene from the cursor. */
export const continueScenePrompt: StoryPrompt = {
  id: 'story.continue',
  version: '1',
  system: system(`Continue the scene from exactly where it stops, for 150 to 300 words. ${voice}`),
  user: sceneRequest('Continue the scene'),
  slots,
};

/** Rewrites the selected passage. */
export const rewriteSelectionPrompt: StoryPrompt = {
  id: 'story.rewrite',
  version: '1',
  system: system(`Rewrite the selected passage so it reads more vividly, keeping every event and fact in it. ${voice}`),
  user: sceneRequest('Rewrite the selection'),
  slots,
};

/** The next exchange of dialogue, in the characters' established voices. */
export const dialoguePrompt: StoryPrompt = {
  id: 'story.dialogue',
  version: '1',
  system: system(`Write the next few lines of dialogue, each character speaking in the voice the story bible and the scene establish. ${voice}`),
  user: sceneRequest('Write the next exchange of dialogue'),
  slots,
};

/** One paragraph on the setting, from the bible and the scene only. */
export const describeSettingPrompt: StoryPrompt = {
  id: 'story.describe',
  version: '1',
  system: system(`Write one paragraph describing where the scene takes place at this point, using only what the story bible and the scene say about it. ${voice}`),
  user: sceneRequest('Describe the setting'),
  slots,
};

/** Five possible next events, one line each. */
export const brainstormPrompt: StoryPrompt = {
  id: 'story.brainstorm',
  version: '1',
  system: system('List five different things that could happen next, one line each, consistent with the story bible. Reply with the list only.'),
  user: sceneRequest('Brainstorm what happens next'),
  slots,
};

/** A beat (the selected passage) written as a scene, from the bible entries it and the scene so far bring in. */
export const beatProsePrompt: StoryPrompt = {
  id: 'story.beat-prose',
  version: '1',
  system: system(`The selected passage is a story beat: a note of what happens. Write it as finished prose, 300 to 600 words, dramatising what the beat says and nothing beyond it, with the characters as the story bible describes them. ${voice}`),
  user: sceneRequest('Write the selected beat as a scene'),
  slots,
};
