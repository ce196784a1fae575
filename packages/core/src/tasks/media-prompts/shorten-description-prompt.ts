import type { PromptTemplate } from '../prompts/prompt-template.js';

/** Shortens an audio description to fit a gap in the dialogue, keeping what matters most to the story. */
export const shortenDescriptionPrompt: PromptTemplate<'description' | 'maxWords'> = {
  id: 'media.shorten-description',
  version: '1',
  slots: ['description', 'maxWords'],
  system: [
    'You edit audio descriptions so they fit the pauses in dialogue.',
    'Keep the facts most important to the story; drop detail before action. Present tense. Add nothing that is not in the description.',
    'Answer with the shortened description only.',
  ].join('\n'),
  user: 'Shorten to at most {{maxWords}} words:\n{{description}}',
};
