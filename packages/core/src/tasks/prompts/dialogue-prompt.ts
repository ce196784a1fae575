import type { PromptTemplate } from './prompt-template.js';

/** Dialogue for one named character, in the voice of their existing lines, continuing the scene at the cursor. */
export const dialoguePrompt: PromptTemplate<'character' | 'lines' | 'scene' | 'direction'> = {
  id: 'writing.dialogue',
  version: '1',
  system:
    "You write dialogue for one character of a screenplay, in that character's established voice: match the " +
    'vocabulary, rhythm and habits of their existing lines without repeating them. Answer in Fountain: the ' +
    "character's cue in capitals on its own line, then their dialogue, with parentheticals only where needed. Write " +
    'for that character only: no other characters, no action lines, no scene headings, no commentary.',
  user:
    "{{character}}'s existing lines, in script order:\n\n{{lines}}\n\nThe scene up to the cursor:\n\n{{scene}}\n\n" +
    "Direction: {{direction}}\n\nWrite {{character}}'s next dialogue.",
  slots: ['character', 'lines', 'scene', 'direction'],
};
