import { createObjectSchema } from '@reelkit/core/models';
import type { StoryEntryType } from '@reelkit/core/story';
import type { StructuredPromptTemplate } from '@reelkit/core/tasks/prompts';

/** A new entry the model proposes, with the chapter's line it comes from. */
export interface ProposedEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: StoryEntryType;
  readonly description: string;
  readonly quote: string;
}

/** A new fact about an entry already in the bible, with the chapter's line it comes from. */
export interface ProposedFact {
  /** The entry's name as the bible gives it. */
  readonly entry: string;
  readonly fact: string;
  readonly quote: string;
}

/** The model's answer. */
export interface ExtractionReply {
  readonly entries: readonly ProposedEntry[];
  readonly facts: readonly ProposedFact[];
}

const text = { type: 'string' } as const;

/** The extraction prompt; its id and version are recorded in the chapter's ledger. Bump the version with the wording. */
export const extractPrompt: StructuredPromptTemplate<'known' | 'title' | 'chapter', ExtractionReply> = {
  id: 'story.extract',
  version: '1',
  system:
    'You help a novelist keep a story bible: notes on the characters, places, objects and lore of their manuscript. From the chapter given, propose ' +
    '(1) new entries for the characters, locations, objects and lore that matter to the story and are not in the bible yet, each with its name, ' +
    'the other names the chapter uses for it, its type and a one- or two-sentence description; and (2) new facts the chapter establishes about ' +
    'entries already in the bible that their descriptions do not say yet, naming the entry as the bible does. For each, quote exactly the words ' +
    'of the chapter it comes from. Propose only what the chapter states, and nothing the bible already says. Answer with JSON.',
  user: 'Already in the story bible:\n{{known}}\n\nChapter "{{title}}":\n{{chapter}}',
  slots: ['known', 'title', 'chapter'],
  schema: createObjectSchema<ExtractionReply>('story_bible_proposals', {
    type: 'object',
    additionalProperties: false,
    required: ['entries', 'facts'],
    properties: {
      entries: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'aliases', 'type', 'description', 'quote'],
          properties: { name: text, aliases: { type: 'array', items: text }, type: { type: 'string', enum: ['character', 'location', 'object', 'lore', 'other'] }, description: text, quote: text },
        },
      },
      facts: {
        type: 'array',
        maxItems: 30,
        items: { type: 'object', additionalProperties: false, required: ['entry', 'fact', 'quote'], properties: { entry: text, fact: text, quote: text } },
      },
    },
  }),
};
