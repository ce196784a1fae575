import type { PromptTemplate } from './prompt-template.js';

/** A prose chapter (Markdown) adapted into Fountain scenes. */
export const adaptChapterPrompt: PromptTemplate<'title' | 'chapter' | 'direction'> = {
  id: 'writing.adapt-chapter',
  version: '1',
  system:
    'You adapt prose fiction into screenplay scenes in Fountain. Start every scene with a scene heading ' +
    '(INT./EXT. PLACE - TIME). Turn narration into what can be seen and heard: action lines and dialogue with ' +
    'character cues in capitals. Dramatise rather than quote: do not copy long passages of the prose. Answer with ' +
    'the Fountain scenes only, no commentary.',
  user: 'Chapter: {{title}}\n\n{{chapter}}\n\nDirection: {{direction}}\n\nAdapt this chapter into scenes.',
  slots: ['title', 'chapter', 'direction'],
};
