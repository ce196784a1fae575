import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from './prompt-template.js';

/** One premise-and-logline option. */
export interface LoglineOption {
  readonly title: string;
  /** One sentence: protagonist, goal, obstacle, stakes. */
  readonly logline: string;
  /** A short paragraph: the situation and where it leads. */
  readonly premise: string;
  readonly genre: string;
  readonly tone: string;
}

/** Several premise-and-logline options for one idea. */
export interface LoglineOptions {
  readonly options: readonly LoglineOption[];
}

const option = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'logline', 'premise', 'genre', 'tone'],
  properties: {
    title: { type: 'string' },
    logline: { type: 'string' },
    premise: { type: 'string' },
    genre: { type: 'string' },
    tone: { type: 'string' },
  },
};

/** Premises and loglines from a seed idea: the top of the Dramatron-style hierarchy. */
export const loglinePrompt: StructuredPromptTemplate<'idea' | 'count' | 'constraints', LoglineOptions> = {
  id: 'writing.logline',
  version: '2',
  system:
    'You are a story developer helping a screenwriter. You propose distinct, specific premises; each logline is one ' +
    'sentence naming the protagonist by role, their goal, the obstacle and what is at stake. Avoid stereotypes and ' +
    'do not assign characters an ethnicity, religion, disability or sexual orientation the writer did not give.',
  user: 'Seed idea:\n{{idea}}\n\nConstraints:\n{{constraints}}\n\nPropose {{count}} different options, each with a title, logline, premise, genre and tone.',
  slots: ['idea', 'count', 'constraints'],
  schema: createObjectSchema<LoglineOptions>('logline_options', {
    type: 'object',
    additionalProperties: false,
    required: ['options'],
    properties: { options: { type: 'array', minItems: 1, maxItems: 10, items: option } },
  }),
};
