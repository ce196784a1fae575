import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from '../prompts/prompt-template.js';

/** Shot sizes a storyboard uses, widest first. */
export const shotSizes = ['extreme-wide', 'wide', 'full', 'medium', 'medium-close-up', 'close-up', 'extreme-close-up', 'insert'] as const;
/** Camera angles a storyboard uses. */
export const shotAngles = ['eye-level', 'high', 'low', 'overhead', 'dutch', 'over-the-shoulder', 'point-of-view'] as const;
/** Camera movements a storyboard uses. */
export const shotMovements = ['static', 'pan', 'tilt', 'dolly', 'tracking', 'handheld', 'crane', 'zoom'] as const;

/** One shot of a shot list, with the prompt for its storyboard frame. */
export interface Shot {
  readonly number: number;
  readonly size: (typeof shotSizes)[number];
  readonly angle: (typeof shotAngles)[number];
  readonly movement: (typeof shotMovements)[number];
  readonly subject: string;
  readonly action: string;
  readonly durationSeconds: number;
  readonly imagePrompt: string;
}

/** The model's answer: the shots in order. */
export interface ShotList {
  readonly shots: readonly Shot[];
}

const shotSchema = {
  type: 'object',
  properties: {
    number: { type: 'integer', minimum: 1 },
    size: { type: 'string', enum: shotSizes },
    angle: { type: 'string', enum: shotAngles },
    movement: { type: 'string', enum: shotMovements },
    subject: { type: 'string' },
    action: { type: 'string' },
    durationSeconds: { type: 'number', minimum: 0.5 },
    imagePrompt: { type: 'string' },
  },
  required: ['number', 'size', 'angle', 'movement', 'subject', 'action', 'durationSeconds', 'imagePrompt'],
  additionalProperties: false,
} as const;

/** Shot list for one scene, with an image prompt per shot; people are described only from the scene and cast sheet. */
export const storyboardShotListPrompt: StructuredPromptTemplate<'scene' | 'cast' | 'style', ShotList> = {
  id: 'media.storyboard-shot-list',
  version: '1',
  slots: ['scene', 'cast', 'style'],
  system: [
    'You are a storyboard artist breaking a screenplay scene into shots.',
    'Cover the scene in order. For each shot give its size, angle and movement, the subject, the action, an estimated duration in seconds, and a prompt for a storyboard frame.',
    'In image prompts, describe a person only with what the scene or the cast sheet states; do not invent age, build, skin, hair or clothing.',
    'Write image prompts as plain visual descriptions without camera brand names or artist names.',
  ].join('\n'),
  user: 'Scene:\n{{scene}}\n\nCast sheet:\n{{cast}}\n\nFrame style: {{style}}',
  schema: createObjectSchema<ShotList>('storyboard_shot_list', {
    type: 'object',
    properties: { shots: { type: 'array', items: shotSchema } },
    required: ['shots'],
    additionalProperties: false,
  }),
};
