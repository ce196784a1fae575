import type { PromptTemplate } from './prompt-template.js';

/** A prose description of a scene for a beat: the place, the mood and what happens, before any dialogue is written. */
export const sceneDescriptionPrompt: PromptTemplate<'story' | 'beat' | 'heading' | 'characters'> = {
  id: 'writing.scene-description',
  version: '1',
  system:
    'You are a screenwriter describing a scene before it is written: the place as the camera sees it, the mood, and ' +
    'what happens, in present tense, in one or two short paragraphs of plain prose. No dialogue, no headings, no commentary.',
  user: 'The story:\n{{story}}\n\nThe beat this scene dramatises:\n{{beat}}\n\nScene heading: {{heading}}\nCharacters present: {{characters}}\n\nDescribe the scene.',
  slots: ['story', 'beat', 'heading', 'characters'],
};
