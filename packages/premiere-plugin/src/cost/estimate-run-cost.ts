import { estimateCost, findModelPrice, type Cost, type PriceTable, type Usage } from '@reelkit/core/models';

/** What a run will consume, before it runs. */
export type PlannedWork =
  | { readonly kind: 'transcription'; readonly mediaSeconds: number }
  | { readonly kind: 'translation'; readonly sourceCharacters: number; readonly languages: number }
  | { readonly kind: 'speech'; readonly characters: number }
  | { readonly kind: 'music'; readonly seconds: number }
  | { readonly kind: 'images'; readonly count: number }
  | { readonly kind: 'embedding'; readonly characters: number }
  | { readonly kind: 'description'; readonly frames: number }
  | { readonly kind: 'video'; readonly seconds: number };

/** The estimate shown before a run. */
export interface RunCostEstimate {
  readonly usage: Usage;
  readonly cost: Cost;
  /** One line for the panel, e.g. `About $0.0042 for 42 s with openai/whisper-1`. */
  readonly summary: string;
}

// Providers that run on the editor's own machine: the panel's local endpoint, and the provider's generic name.
const localProviders = new Set(['local', 'openai-compatible']);

// About four characters a token in English subtitles; a translation answers with about as much again, plus JSON.
const charactersPerToken = 4;
const promptOverheadTokens = 400;
// A low-detail frame is 85 tokens to a vision model; the prompt and a 40-word description come on top.
const frameInputTokens = 85 + 250;
const descriptionOutputTokens = 60;

/** The usage a piece of work implies, in the units price tables bill. */
export function plannedUsage(work: PlannedWork): Usage {
  switch (work.kind) {
    case 'transcription':
      return { seconds: Math.ceil(work.mediaSeconds) };
    case 'translation': {
      const tokens = Math.ceil(work.sourceCharacters / charactersPerToken);
      return { inputTokens: (tokens + promptOverheadTokens) * work.languages, outputTokens: Math.ceil(tokens * 1.2) * work.languages };
    }
    case 'speech':
      return { characters: work.characters };
    case 'music':
    case 'video':
      return { seconds: Math.ceil(work.seconds) };
    case 'images':
      return { images: work.count };
    case 'embedding':
      return { inputTokens: Math.ceil(work.characters / charactersPerToken) };
    case 'description':
      return { inputTokens: work.frames * frameInputTokens, outputTokens: work.frames * descriptionOutputTokens };
  }
}

/** Prices planned work with the user's price table (the core's defaults unless overridden); unknown prices say so. */
export function estimateRunCost(work: PlannedWork, model: { readonly provider: string; readonly modelId: string }, prices: PriceTable): RunCostEstimate {
  const usage = plannedUsage(work);
  const cost = estimateCost(usage, findModelPrice(prices, model.provider, model.modelId));
  const name = `${model.provider}/${model.modelId}`;
  const usd = cost.usd < 0.01 ? cost.usd.toFixed(4) : cost.usd.toFixed(2);
  // A local server (createOpenAICompatible names it `local` unless told otherwise) bills nobody, priced or not.
  const summary = localProviders.has(model.provider)
    ? `Runs on your own endpoint (${name}): no provider charge.`
    : cost.incomplete
      ? `No price known for ${name}: cost unknown. Add it to the price table to see an estimate.`
      : `About $${usd} with ${name}.`;
  return { usage, cost, summary };
}
