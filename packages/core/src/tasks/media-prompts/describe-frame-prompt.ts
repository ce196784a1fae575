import type { PromptTemplate } from '../prompts/prompt-template.js';

/** Describes one video frame for blind and low-vision viewers, in at most a given number of words. */
export const describeFramePrompt: PromptTemplate<'context' | 'maxWords'> = {
  id: 'media.describe-frame',
  version: '1',
  slots: ['context', 'maxWords'],
  system: [
    'You write audio descriptions for blind and low-vision viewers, following the common professional guidelines.',
    'Describe what is visible and matters to the story: who, what they do, where. Present tense, third person.',
    'Do not interpret emotions or intentions beyond what is visible, do not describe camera work, and do not guess at race, disability or other traits the picture does not make plain.',
    'Answer with the description only.',
  ].join('\n'),
  user: 'Context: {{context}}\n\nDescribe this frame in at most {{maxWords}} words.',
};
