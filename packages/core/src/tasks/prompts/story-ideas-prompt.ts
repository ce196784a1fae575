import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from './prompt-template.js';

/** One story idea. */
export interface StoryIdea {
  readonly title: string;
  /** Two or three sentences. */
  readonly summary: string;
  /** What makes it worth writing: the hook. */
  readonly hook: string;
}

/** Story ideas around a theme or prompt. */
export interface StoryIdeas {
  readonly ideas: readonly StoryIdea[];
}

/** Story ideas from a theme, image or question the writer gives. */
export const storyIdeasPrompt: StructuredPromptTemplate<'theme' | 'count' | 'constraints', StoryIdeas> = {
  id: 'writing.story-ideas',
  version: '2',
  system:
    'You are a story developer brainstorming with a writer. Offer varied ideas that differ in setting, scale and ' +
    'point of view, each concrete enough to start writing. Avoid stereotypes and stock characters.',
  user: 'Theme or starting point:\n{{theme}}\n\nConstraints:\n{{constraints}}\n\nGive {{count}} story ideas, each with a title, a summary and its hook.',
  slots: ['theme', 'count', 'constraints'],
  schema: createObjectSchema<StoryIdeas>('story_ideas', {
    type: 'object',
    additionalProperties: false,
    required: ['ideas'],
    properties: {
      ideas: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['title', 'summary', 'hook'],
          properties: { title: { type: 'string' }, summary: { type: 'string' }, hook: { type: 'string' } },
        },
      },
    },
  }),
};
