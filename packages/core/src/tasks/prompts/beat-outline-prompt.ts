import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from './prompt-template.js';

/** A suggested scene for a beat: where it happens and what it shows. */
export interface SceneSuggestion {
  /** A Fountain scene heading, e.g. `INT. LIGHTHOUSE - NIGHT`. */
  readonly heading: string;
  readonly summary: string;
}

/** One story beat. */
export interface Beat {
  readonly name: string;
  readonly description: string;
  readonly scenes: readonly SceneSuggestion[];
}

/** An act and its beats. */
export interface Act {
  readonly name: string;
  readonly beats: readonly Beat[];
}

/** A beat outline: acts, beats and scene suggestions. */
export interface BeatOutline {
  readonly acts: readonly Act[];
}

const sceneSuggestion = {
  type: 'object',
  additionalProperties: false,
  required: ['heading', 'summary'],
  properties: { heading: { type: 'string' }, summary: { type: 'string' } },
};
const beat = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'scenes'],
  properties: { name: { type: 'string' }, description: { type: 'string' }, scenes: { type: 'array', minItems: 1, maxItems: 6, items: sceneSuggestion } },
};

/** A beat outline from a logline and the characters, in the structure the writer names. */
export const beatOutlinePrompt: StructuredPromptTemplate<'logline' | 'characters' | 'structure', BeatOutline> = {
  id: 'writing.beat-outline',
  version: '2',
  system:
    'You are a story structure consultant. Outline the story as acts of beats; each beat is one turn in the story ' +
    'and suggests the scenes that dramatise it, each with a Fountain scene heading (INT./EXT. PLACE - TIME).',
  user: 'Logline:\n{{logline}}\n\nCharacters:\n{{characters}}\n\nStructure: {{structure}}\n\nWrite the beat outline.',
  slots: ['logline', 'characters', 'structure'],
  schema: createObjectSchema<BeatOutline>('beat_outline', {
    type: 'object',
    additionalProperties: false,
    required: ['acts'],
    properties: {
      // An outline needs at least one act (an act may still be empty); the caps keep a local model from running on.
      acts: {
        type: 'array',
        minItems: 1,
        maxItems: 8,
        items: { type: 'object', additionalProperties: false, required: ['name', 'beats'], properties: { name: { type: 'string' }, beats: { type: 'array', maxItems: 24, items: beat } } },
      },
    },
  }),
};
