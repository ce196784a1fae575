import { createObjectSchema } from '../../models/object-schema.js';
import type { StructuredPromptTemplate } from '../prompts/prompt-template.js';

/** One translated cue, by the index it was sent with. */
export interface TranslatedCue {
  readonly index: number;
  readonly text: string;
}

/** The model's answer: every cue of the batch, translated. */
export interface TranslatedCues {
  readonly cues: readonly TranslatedCue[];
}

/** Translates a batch of caption cues, one answer per cue index, respecting a glossary and a reading-speed budget. */
export const translateCuesPrompt: StructuredPromptTemplate<'sourceLanguage' | 'targetLanguage' | 'glossary' | 'cues', TranslatedCues> = {
  id: 'media.translate-cues',
  version: '1',
  slots: ['sourceLanguage', 'targetLanguage', 'glossary', 'cues'],
  system: [
    'You translate film subtitles.',
    'Translate each cue on its own and answer with every index you were given, once, in order; never merge or split cues.',
    'Each cue shows its duration and a character budget: stay within the budget so viewers can read it, condensing rather than dropping meaning.',
    'Use the glossary exactly: a term with "=" is written as given on the right; a term alone stays exactly as written.',
  ].join('\n'),
  user: 'From {{sourceLanguage}} into {{targetLanguage}}.\n\nGlossary:\n{{glossary}}\n\nCues:\n{{cues}}',
  schema: createObjectSchema<TranslatedCues>('translated_cues', {
    type: 'object',
    properties: {
      cues: {
        type: 'array',
        items: {
          type: 'object',
          properties: { index: { type: 'integer', minimum: 0 }, text: { type: 'string' } },
          required: ['index', 'text'],
          additionalProperties: false,
        },
      },
    },
    required: ['cues'],
    additionalProperties: false,
  }),
};
