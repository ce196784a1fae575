import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from './prompt-template.js';

/** A relationship of the character to another. */
export interface CharacterRelationship {
  readonly name: string;
  readonly relationship: string;
}

/** A character background, as a story bible entry would hold it. */
export interface CharacterBackground {
  readonly name: string;
  /** One line: who they are in the story. */
  readonly summary: string;
  readonly backstory: string;
  /** What they pursue (external goal). */
  readonly want: string;
  /** What they actually need (inner goal). */
  readonly need: string;
  readonly flaw: string;
  /** How they talk: rhythm, vocabulary, habits; what dialogue generation leans on. */
  readonly voice: string;
  readonly relationships: readonly CharacterRelationship[];
}

/** A background for a named character in the story the writer describes. */
export const characterBackgroundPrompt: StructuredPromptTemplate<'name' | 'story' | 'notes', CharacterBackground> = {
  id: 'writing.character-background',
  version: '2',
  system:
    'You are a story developer writing a character background for a screenwriter. Build on the story and the ' +
    "writer's notes, never contradict them. Do not assign an ethnicity, religion, disability, gender identity or " +
    'sexual orientation the writer did not give; keep what they gave. Avoid stereotypes.',
  user: 'Character: {{name}}\n\nThe story:\n{{story}}\n\nThe writer\'s notes on this character:\n{{notes}}\n\nWrite their background.',
  slots: ['name', 'story', 'notes'],
  schema: createObjectSchema<CharacterBackground>('character_background', {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'summary', 'backstory', 'want', 'need', 'flaw', 'voice', 'relationships'],
    properties: {
      name: { type: 'string' },
      summary: { type: 'string' },
      backstory: { type: 'string' },
      want: { type: 'string' },
      need: { type: 'string' },
      flaw: { type: 'string' },
      voice: { type: 'string' },
      // A character may stand alone; the cap keeps a local model from listing the whole cast.
      relationships: {
        type: 'array',
        maxItems: 12,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'relationship'],
          properties: { name: { type: 'string' }, relationship: { type: 'string' } },
        },
      },
    },
  }),
};
