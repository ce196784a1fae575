import type { Hasher } from '../../runtime/hasher.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { estimatePromptTokens, type TokenCounter } from '../../story/estimate-prompt-tokens.js';
import { adaptChapterPrompt } from '../prompts/adapt-chapter-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import type { FountainDraft } from './fountain-draft.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';
import { requireText } from './require-text.js';
import { runFountainTask } from './run-fountain-task.js';
import type { TaskContext } from './task-context.js';

/** A prose chapter to adapt, with what the ledger needs to name its source. */
export interface AdaptChapterInput {
  /** The chapter as Markdown, sent whole. */
  readonly chapter: string;
  /** Shown in findings and recorded as the source title, e.g. `chapter-3.md`. */
  readonly title: string;
  /** Digests the chapter for the ledger (the runtime's hasher). */
  readonly hasher: Hasher;
  readonly direction?: string;
  /** Largest chapter sent, in tokens; 12,000 by default. A longer one is refused rather than cut, since a cut source adapts wrongly. */
  readonly maxChapterTokens?: number;
  readonly countTokens?: TokenCounter;
}

/** Fountain scenes adapted from a chapter. */
export interface AdaptationDraft extends FountainDraft {
  /** Scene headings in the adaptation. */
  readonly scenes: number;
  /** `sha256:<hex>` of the chapter, as recorded in the ledger's source. */
  readonly documentDigest: string;
}

/**
 * Adapts a prose chapter into Fountain scenes. The ledger entry names the chapter as its source (digest and title)
 * and the chapter is a reference, so long passages copied verbatim get an originality finding. An adaptation
 * without a scene heading is kept with a `task.invalid-fountain` finding.
 */
export async function adaptChapter(context: TaskContext, input: AdaptChapterInput): Promise<GuardedResult<AdaptationDraft>> {
  const chapter = requireText('adaptation', 'chapter', input.chapter);
  const title = requireText('adaptation', 'title', input.title);
  const limit = input.maxChapterTokens ?? 12_000;
  const tokens = (input.countTokens ?? estimatePromptTokens)(chapter);
  if (tokens > limit) {
    throw new InvalidTaskInputError('adaptation', `${title} is about ${tokens} tokens, over the ${limit} allowed.`, 'Adapt it in parts (e.g. one section at a time) or raise maxChapterTokens.');
  }
  const documentDigest = `sha256:${await input.hasher.sha256(input.chapter)}`;
  const result = await runFountainTask(context, {
    task: 'adaptation',
    template: adaptChapterPrompt,
    slots: { title, chapter, direction: input.direction?.trim() || 'Keep the events of the chapter in order.' },
    settings: { title },
    source: { documentDigest, title },
    references: [{ id: documentDigest, name: title, text: input.chapter }],
    expectation: { description: 'Fountain scenes', requiredKinds: ['scene-heading'] },
  });
  const scenes = parseFountain(result.output.fountain).scenes.length;
  return { ...result, output: { ...result.output, scenes, documentDigest } };
}
