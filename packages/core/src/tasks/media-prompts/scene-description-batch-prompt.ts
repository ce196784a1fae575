import type { PromptTemplate } from '../prompts/prompt-template.js';

/** A short description of one scene (for a shooting schedule, a catalogue or a trailer plan), grounded in its text. */
export const sceneDescriptionBatchPrompt: PromptTemplate<'scene'> = {
  id: 'media.scene-description',
  version: '1',
  slots: ['scene'],
  system: [
    'You write one-paragraph scene descriptions for production documents.',
    'Say where it happens, who is in it and what changes, in at most 60 words. Use only what the scene states.',
  ].join('\n'),
  user: 'Scene:\n{{scene}}',
};
