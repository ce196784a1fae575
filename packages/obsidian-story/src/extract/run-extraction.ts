import type { Finding } from '@reelkit/core/findings';
import type { GuardedTextModel } from '@reelkit/core/guard';
import { omitUndefined } from '@reelkit/core/runtime';
import { promptParameters } from '@reelkit/core/tasks/prompts';
import type { EntryNote } from '../bible/entry-note.js';
import type { BibleProposal } from './bible-proposal.js';
import { extractPrompt } from './extract-prompt.js';
import type { ExtractionPlan } from './plan-extraction.js';
import { reviewExtraction, type ExtractionReview } from './review-extraction.js';

/** What one chapter's extraction runs with. */
export interface ExtractionRun {
  /** Guarded with the chapter's ledger: the request is checked and recorded with the prompt's id and version. */
  readonly model: GuardedTextModel;
  /** The chapter note's text now, to check the quotes against. */
  readonly noteText: string;
  readonly entryNotes: readonly EntryNote[];
  /** Proposals already waiting, so the same entry or fact is not offered twice. */
  readonly pending: readonly BibleProposal[];
  readonly signal?: AbortSignal;
}

/** A chapter's proposals, checked, with the guard's findings and the cost. */
export interface ExtractionResult extends ExtractionReview {
  readonly findings: readonly Finding[];
  readonly usd: number;
}

/** Sends an approved extraction to the guarded model and reviews the answer (`reviewExtraction`); nothing is written. */
export async function runExtraction(plan: ExtractionPlan, run: ExtractionRun): Promise<ExtractionResult> {
  const result = await run.model.generateObject({
    messages: plan.messages,
    schema: extractPrompt.schema,
    temperature: 0,
    ...omitUndefined({ signal: run.signal }),
    record: { task: 'story.extract', parameters: promptParameters(extractPrompt, { scene: plan.scene.id, entries: plan.known }) },
  });
  const chapter = { path: plan.scene.path, id: plan.scene.id, bodyOffset: plan.scene.bodyOffset, noteText: run.noteText };
  return { ...reviewExtraction(result.output, chapter, run.entryNotes, run.pending, result.provenanceId), findings: result.findings, usd: result.cost.usd };
}
