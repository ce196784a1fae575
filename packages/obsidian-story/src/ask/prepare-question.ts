import type { StoryBible } from '../bible/story-bible.js';
import { embedInBatches, type EmbedRun } from './embed-in-batches.js';
import { passagesNaming } from './passages-naming.js';
import { planQuestion, type QuestionPlan } from './plan-question.js';
import type { StoryEmbeddings } from './story-embeddings.js';

/** What finding the passages for a question takes. */
export interface PrepareQuestionInput {
  readonly question: string;
  readonly bible: Pick<StoryBible, 'mentionsInText' | 'entries' | 'entryNotes' | 'scenes' | 'index'>;
  /** Refreshed by the caller with the same embedder. */
  readonly embeddings: Pick<StoryEmbeddings, 'passages'>;
  readonly embedder: EmbedRun;
  readonly budgetTokens: number;
  /** The chat model, to price the request. */
  readonly model: { readonly provider: string; readonly modelId: string };
}

/**
 * Embeds the question (the one thing sent before the preview: the writer typed it to be asked), finds the entries it
 * names, and plans the request (`planQuestion`).
 */
export async function prepareQuestion(input: PrepareQuestionInput): Promise<QuestionPlan> {
  const [questionVector] = await embedInBatches([input.question.trim()], input.embedder);
  const passages = input.embeddings.passages();
  return planQuestion({
    question: input.question,
    questionVector: questionVector ?? new Float32Array(),
    passages,
    naming: passagesNaming(input.bible, input.question, passages),
    budgetTokens: input.budgetTokens,
    model: input.model,
    embeddedWith: `${input.embedder.model.provider}/${input.embedder.model.modelId}`,
  });
}
