import { describe, expect, it } from 'vitest';
import { defaultPriceTable, estimateCost, findModelPrice } from './price-table.js';

describe('estimateCost', () => {
  it('prices tokens per million', () => {
    const price = findModelPrice(defaultPriceTable, 'openai', 'gpt-4o-mini');
    expect(estimateCost({ inputTokens: 1_000_000, outputTokens: 500_000 }, price)).toEqual({ usd: 0.45, incomplete: false });
  });

  it('prefers a provider-qualified override to the bare model id', () => {
    const table = { 'gpt-4o-mini': { inputPerMillionTokens: 1 }, 'local/gpt-4o-mini': { inputPerMillionTokens: 0 } };
    expect(estimateCost({ inputTokens: 1000 }, findModelPrice(table, 'local', 'gpt-4o-mini'))).toEqual({ usd: 0, incomplete: false });
    expect(estimateCost({ inputTokens: 1000 }, findModelPrice(table, 'openai', 'gpt-4o-mini'))).toEqual({ usd: 0.001, incomplete: false });
  });

  it('marks a cost incomplete when usage has no price, and never calls unknown usage free', () => {
    expect(estimateCost({ inputTokens: 10 }, undefined)).toEqual({ usd: 0, incomplete: true });
    expect(estimateCost({ inputTokens: 10, seconds: 3 }, { inputPerMillionTokens: 1e5 })).toEqual({ usd: 1, incomplete: true });
    expect(estimateCost({}, undefined)).toEqual({ usd: 0, incomplete: false });
  });
});

describe('estimateCost without usage', () => {
  it('calls a priced model that reported no usage incomplete, never a complete $0', () => {
    const price = findModelPrice(defaultPriceTable, 'openai', 'gpt-4o-mini');
    expect(estimateCost({}, price)).toEqual({ usd: 0, incomplete: true });
  });

  it('keeps an unbilled model (moderation) and an unpriced one complete when nothing was reported', () => {
    expect(estimateCost({}, findModelPrice(defaultPriceTable, 'openai', 'omni-moderation-latest'))).toEqual({ usd: 0, incomplete: false });
    expect(estimateCost({}, { inputPerMillionTokens: 0 })).toEqual({ usd: 0, incomplete: false });
  });
});
