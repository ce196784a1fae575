import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from '../prompts/prompt-template.js';

/** A scene's musical brief: what the model reads from the scene, and the prompt a music model gets. */
export interface MusicBrief {
  readonly mood: string;
  readonly tempoBpm: number;
  readonly instrumentation: readonly string[];
  /** One line for the music model, e.g. "tense low strings and a ticking clock, 90 bpm, no percussion". */
  readonly musicPrompt: string;
}

/** Reads the mood of a scene and writes a music prompt for a cue of a given length. */
export const musicCuePrompt: StructuredPromptTemplate<'scene' | 'duration', MusicBrief> = {
  id: 'media.music-cue',
  version: '1',
  slots: ['scene', 'duration'],
  system: [
    'You are a music supervisor spotting a screenplay scene for score.',
    'Name the mood the music should carry, a tempo in beats per minute, and the instrumentation.',
    'Then write one line for a text-to-music model: mood, instruments, tempo and dynamics, without artist or song names.',
  ].join('\n'),
  user: 'Scene:\n{{scene}}\n\nThe cue lasts {{duration}} seconds.',
  schema: createObjectSchema<MusicBrief>('music_cue_brief', {
    type: 'object',
    properties: {
      mood: { type: 'string' },
      tempoBpm: { type: 'integer', minimum: 30, maximum: 240 },
      instrumentation: { type: 'array', items: { type: 'string' } },
      musicPrompt: { type: 'string' },
    },
    required: ['mood', 'tempoBpm', 'instrumentation', 'musicPrompt'],
    additionalProperties: false,
  }),
};
