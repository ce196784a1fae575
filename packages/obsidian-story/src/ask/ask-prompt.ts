import { createObjectSchema } from '@reelkit/core/models';
import type { StructuredPromptTemplate } from '@reelkit/core/tasks/prompts';

/** One statement of an answer, resting on one passage and quoting it. */
export interface AskStatement {
  readonly text: string;
  /** The passage's number, as the prompt labels it. */
  readonly source: string;
  /** The words of the passage that support the statement, copied exactly. */
  readonly quote: string;
}

/** The model's answer: statements with their sources; none when the passages do not answer the question. */
export interface AskReply {
  readonly statements: readonly AskStatement[];
}

/** The question prompt; its id and version are recorded in the ledger. Bump the version with the wording. */
export const askPrompt: StructuredPromptTemplate<'passages' | 'question', AskReply> = {
  id: 'story.ask',
  version: '1',
  system:
    'You answer a novelist’s questions about their manuscript and story bible, using only the numbered passages given. ' +
    'Answer in a few short statements. Each statement names the one passage it rests on by its number and quotes, exactly ' +
    'and briefly, the words of that passage that support it. Never state what the passages do not say; if they do not ' +
    'answer the question, give no statements. Answer with JSON.',
  user: 'Passages:\n{{passages}}\n\nQuestion: {{question}}',
  slots: ['passages', 'question'],
  schema: createObjectSchema<AskReply>('story_answer', {
    type: 'object',
    additionalProperties: false,
    required: ['statements'],
    properties: {
      statements: {
        type: 'array',
        maxItems: 12,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'source', 'quote'],
          properties: { text: { type: 'string' }, source: { type: 'string' }, quote: { type: 'string' } },
        },
      },
    },
  }),
};
