import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from './prompt-template.js';

/** One plot twist and how to make it land. */
export interface PlotTwist {
  readonly twist: string;
  /** What earlier in the story sets it up (to plant or already planted). */
  readonly setup: string;
  /** What it changes from here on. */
  readonly consequence: string;
}

/** Plot twists for an outline so far. */
export interface PlotTwists {
  readonly twists: readonly PlotTwist[];
}

/** Plot twists that follow from the outline so far, each with its setup, so they feel earned rather than random. */
export const plotTwistsPrompt: StructuredPromptTemplate<'outline' | 'count' | 'constraints', PlotTwists> = {
  id: 'writing.plot-twists',
  version: '2',
  system:
    'You are a story editor. A good twist recontextualises what came before: it must be consistent with every event ' +
    'in the outline and be set up by something already there or easy to plant. Never contradict the outline.',
  user: 'The outline so far:\n{{outline}}\n\nConstraints:\n{{constraints}}\n\nPropose {{count}} plot twists for what happens next.',
  slots: ['outline', 'count', 'constraints'],
  schema: createObjectSchema<PlotTwists>('plot_twists', {
    type: 'object',
    additionalProperties: false,
    required: ['twists'],
    properties: {
      twists: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['twist', 'setup', 'consequence'],
          properties: { twist: { type: 'string' }, setup: { type: 'string' }, consequence: { type: 'string' } },
        },
      },
    },
  }),
};
