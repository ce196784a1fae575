import type { Finding } from '@reelkit/core/findings';
import type { GuardedTextModel } from '@reelkit/core/guard';
import type { Cost, Usage } from '@reelkit/core/models';
import { omitUndefined } from '@reelkit/core/runtime';
import { promptParameters } from '@reelkit/core/tasks/prompts';
import { askPrompt } from './ask-prompt.js';
import type { QuestionPlan } from './plan-question.js';
import { verifyAnswer, type VerifiedAnswer } from './verify-answer.js';

/** A question and its checked answer, as the chat view shows it. */
export interface StoryAnswer extends VerifiedAnswer {
  readonly question: string;
  readonly time: number;
  readonly modelId: string;
  readonly usage: Usage;
  readonly cost: Cost;
  /** The guard's findings on the answer. */
  readonly findings: readonly Finding[];
  readonly provenanceId?: string;
}

/** What a question is sent with. */
export interface QuestionRun {
  /** Guarded with the ask ledger: the request is checked and recorded with the prompt's id and version. */
  readonly model: GuardedTextModel;
  /** The current text of a note, to check the answer's quotes against. */
  readonly noteText: (path: string) => string | undefined;
  readonly now: () => number;
  readonly signal?: AbortSignal;
}

/** Sends an approved question to the guarded model and keeps only the statements whose quotes are in their notes. */
export async function runQuestion(plan: QuestionPlan, run: QuestionRun): Promise<StoryAnswer> {
  const result = await run.model.generateObject({
    messages: plan.messages,
    schema: askPrompt.schema,
    temperature: 0,
    ...omitUndefined({ signal: run.signal }),
    record: { task: 'story.ask', parameters: promptParameters(askPrompt, { passages: plan.passages.map((item) => `${item.passage.path}:${item.passage.line + 1}`) }) },
  });
  return {
    question: plan.question,
    time: run.now(),
    modelId: result.modelId,
    usage: result.usage,
    cost: result.cost,
    findings: result.findings,
    ...omitUndefined({ provenanceId: result.provenanceId }),
    ...verifyAnswer(result.output, plan.passages, run.noteText),
  };
}
