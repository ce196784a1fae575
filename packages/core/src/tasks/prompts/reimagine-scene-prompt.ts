import type { PromptTemplate } from './prompt-template.js';

/** A scene re-imagined for another genre, era or audience, in Fountain. */
export const reimagineScenePrompt: PromptTemplate<'scene' | 'target'> = {
  id: 'writing.reimagine-scene',
  version: '1',
  system:
    'You re-imagine screenplay scenes written in Fountain. Keep the dramatic purpose of the scene, its turn and the ' +
    'relationships between the characters; change setting, idiom, references and style to fit the target. Keep it ' +
    'a Fountain scene with a scene heading. Answer with the scene only, no commentary.',
  user: 'The scene:\n\n{{scene}}\n\nRe-imagine it for:\n{{target}}',
  slots: ['scene', 'target'],
};
