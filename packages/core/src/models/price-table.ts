import type { Cost, Usage } from './usage.js';

/** What one model costs, in US dollars per unit. Missing fields mean "not billed that way". */
export interface ModelPrice {
  readonly inputPerMillionTokens?: number;
  readonly outputPerMillionTokens?: number;
  readonly perSecond?: number;
  readonly perMillionCharacters?: number;
  readonly perImage?: number;
}

/** Prices by `provider/modelId` or by bare `modelId`. Users override entries for their own contracts. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * List prices of common models, November 2026, for estimates shown before a run. They drift: the user's table
 * (passed to the provider factory) wins, and anything unknown is reported as an incomplete cost, never as free.
 */
export const defaultPriceTable: PriceTable = {
  'openai/gpt-4o': { inputPerMillionTokens: 2.5, outputPerMillionTokens: 10 },
  'openai/gpt-4o-mini': { inputPerMillionTokens: 0.15, outputPerMillionTokens: 0.6 },
  'openai/gpt-4.1': { inputPerMillionTokens: 2, outputPerMillionTokens: 8 },
  'openai/gpt-4.1-mini': { inputPerMillionTokens: 0.4, outputPerMillionTokens: 1.6 },
  'openai/gpt-4.1-nano': { inputPerMillionTokens: 0.1, outputPerMillionTokens: 0.4 },
  'openai/text-embedding-3-small': { inputPerMillionTokens: 0.02 },
  'openai/text-embedding-3-large': { inputPerMillionTokens: 0.13 },
  'openai/omni-moderation-latest': {},
  'openai/whisper-1': { perSecond: 0.0001 },
  'openai/gpt-4o-transcribe': { perSecond: 0.0001 },
  'openai/tts-1': { perMillionCharacters: 15 },
  'openai/tts-1-hd': { perMillionCharacters: 30 },
  'openai/dall-e-3': { perImage: 0.04 },
  'openai/gpt-image-1': { perImage: 0.042 },
  'replicate/black-forest-labs/flux-schnell': { perImage: 0.003 },
  'replicate/meta/musicgen': { perSecond: 0.000725 },
};

/** Looks up a model's price: `provider/modelId` first, then `modelId`. */
export function findModelPrice(table: PriceTable, provider: string, modelId: string): ModelPrice | undefined {
  return table[`${provider}/${modelId}`] ?? table[modelId];
}

/**
 * The cost of a usage at a price. Usage the price does not cover makes the cost incomplete, and so does a priced
 * model that reported no usage at all (a stream without its usage chunk): that call was not free.
 */
export function estimateCost(usage: Usage, price: ModelPrice | undefined): Cost {
  if (price === undefined) return { usd: 0, incomplete: Object.values(usage).some((value) => (value ?? 0) > 0) };
  const reported = Object.values(usage).some((value) => value !== undefined);
  const billed = Object.values(price).some((rate) => (rate ?? 0) > 0);
  if (!reported && billed) return { usd: 0, incomplete: true };
  let usd = 0;
  let incomplete = false;
  const charge = (amount: number | undefined, rate: number | undefined, per: number): void => {
    if (amount === undefined || amount === 0) return;
    if (rate === undefined) incomplete = true;
    else usd += (amount * rate) / per;
  };
  charge(usage.inputTokens, price.inputPerMillionTokens, 1e6);
  charge(usage.outputTokens, price.outputPerMillionTokens, 1e6);
  charge(usage.seconds, price.perSecond, 1);
  charge(usage.characters, price.perMillionCharacters, 1e6);
  charge(usage.images, price.perImage, 1);
  return { usd: Math.round(usd * 1e8) / 1e8, incomplete };
}
