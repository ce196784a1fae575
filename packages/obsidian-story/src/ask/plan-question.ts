import { defaultPriceTable, estimateCost, findModelPrice, messageText, type Cost, type TextMessage, type Usage } from '@reelkit/core/models';
import { estimatePromptTokens, rankPassages } from '@reelkit/core/story';
import { renderPrompt } from '@reelkit/core/tasks/writing';
import type { SendPreview } from '../preview/send-preview.js';
import { estimatedCostText } from '../preview/usd-text.js';
import { askPrompt } from './ask-prompt.js';
import type { IndexedPassage, StoryPassage } from './story-passage.js';

/** What a question is planned from: its vector, the index, which passages name the entries it names, the budget. */
export interface QuestionInput {
  readonly question: string;
  /** The question's unit vector, from the same model as the passages'. */
  readonly questionVector: Float32Array;
  readonly passages: readonly IndexedPassage[];
  /** From `passagesNaming`. */
  readonly naming: { readonly named: readonly string[]; readonly byPassage: ReadonlyMap<string, readonly string[]> };
  /** Most tokens of passages sent. */
  readonly budgetTokens: number;
  /** Most passages sent; 8 by default. */
  readonly maxPassages?: number;
  readonly model: { readonly provider: string; readonly modelId: string };
  /** The embedding model that found the passages, named in the preview. */
  readonly embeddedWith?: string;
}

/** A passage that will be sent, under its number. */
export interface SentPassage {
  readonly label: string;
  readonly passage: StoryPassage;
  /** Why it was chosen: the entries it names, its similarity. */
  readonly why: string;
  readonly tokens: number;
}

/** A question ready to send, with the preview the writer approves first. */
export interface QuestionPlan {
  readonly question: string;
  readonly passages: readonly SentPassage[];
  readonly messages: readonly TextMessage[];
  readonly usage: Usage;
  readonly cost: Cost;
  readonly preview: SendPreview;
}

/** Tokens an answer is expected to take, for the estimate. */
export const answerTokens = 300;

const where = (passage: StoryPassage): string => `${passage.path}, lines ${passage.line + 1}–${passage.endLine + 1}`;
const block = (label: string, passage: StoryPassage): string => `[${label}] ${where(passage)} (${passage.kind === 'scene' ? 'scene' : 'story-bible entry'} "${passage.title}"):\n${passage.text}`;

/**
 * Plans a question: ranks the passages (`rankPassages`: similarity fused with the entries the question names), sends
 * the best that fit the budget under numbers the answer cites, and prices the request. Pure: nothing is sent.
 */
export function planQuestion(input: QuestionInput): QuestionPlan {
  const max = input.maxPassages ?? 8;
  const byId = new Map(input.passages.map((passage) => [passage.id, passage]));
  const ranked = rankPassages(input.questionVector, input.passages.map((passage) => ({ id: passage.id, vector: passage.vector, named: input.naming.byPassage.get(passage.id)?.length ?? 0 })));
  const sent: SentPassage[] = [];
  const cut: string[] = [];
  let used = 0;
  for (const rank of ranked.slice(0, max * 3)) {
    if (sent.length === max) break;
    const passage = byId.get(rank.id) as IndexedPassage;
    const names = input.naming.byPassage.get(rank.id) ?? [];
    const why = [...(names.length > 0 ? [`names ${names.join(', ')}`] : []), `similarity ${rank.similarity.toFixed(2)} (rank ${rank.similarityRank})`].join('; ');
    const tokens = estimatePromptTokens(block(String(sent.length + 1), passage)) + 1;
    if (used + tokens > input.budgetTokens) {
      cut.push(`${where(passage)}: left out, needs ${tokens} tokens, ${input.budgetTokens - used} left of ${input.budgetTokens}`);
      continue;
    }
    used += tokens;
    sent.push({ label: String(sent.length + 1), passage, why, tokens });
  }
  const messages = renderPrompt(askPrompt, { passages: sent.map((item) => block(item.label, item.passage)).join('\n\n') || '(none)', question: input.question.trim() });
  const usage = { inputTokens: messages.reduce((sum, message) => sum + estimatePromptTokens(messageText(message)), 0), outputTokens: answerTokens };
  const cost = estimateCost(usage, findModelPrice(defaultPriceTable, input.model.provider, input.model.modelId));
  const named = input.naming.named.length > 0 ? ` It names ${input.naming.named.join(', ')}.` : '';
  const found = input.embeddedWith === undefined ? '' : ` The question was embedded with ${input.embeddedWith} to find them.`;
  const preview: SendPreview = {
    title: 'Ask the story: what will be sent',
    summary: `About ${usage.inputTokens} tokens in (${used} of them ${sent.length} passages, budget ${input.budgetTokens}), about ${answerTokens} out. ${estimatedCostText(cost)}${named}${found}`,
    rows: [...sent.map((item) => ({ text: `[${item.label}] ${where(item.passage)}: ${item.why} (${item.tokens} tokens)` })), ...cut.map((text) => ({ text, left: 'cut' as const }))],
    messages: messages.map((message) => ({ heading: message.role === 'system' ? `Instructions (prompt ${askPrompt.id}, version ${askPrompt.version})` : 'Message', text: messageText(message) })),
  };
  return { question: input.question.trim(), passages: sent, messages, usage, cost, preview };
}
