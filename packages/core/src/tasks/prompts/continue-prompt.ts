import type { PromptTemplate } from './prompt-template.js';

/** A continuation of a screenplay from the cursor, in Fountain. */
export const continuePrompt: PromptTemplate<'script' | 'characters' | 'direction'> = {
  id: 'writing.continue',
  version: '1',
  system:
    'You continue screenplays written in Fountain from exactly where the text stops: if it stops mid-line, finish ' +
    'that line first. Keep the established characters, their voices and the scene. Write a few elements (action and ' +
    'dialogue), never repeat the text you were given, and answer with the continuation only, no commentary.',
  user: 'Characters so far: {{characters}}\n\nDirection: {{direction}}\n\nThe script up to the cursor:\n\n{{script}}',
  slots: ['script', 'characters', 'direction'],
};
