import { defaultPriceTable } from '@reelkit/core/models';
import { describe, expect, it } from 'vitest';
import { estimateRunCost, plannedUsage } from './estimate-run-cost.js';

describe('estimateRunCost', () => {
  it('prices transcription by the second with the default table', () => {
    expect(estimateRunCost({ kind: 'transcription', mediaSeconds: 600.2 }, { provider: 'openai', modelId: 'whisper-1' }, defaultPriceTable)).toEqual({
      usage: { seconds: 601 },
      cost: { usd: 0.0601, incomplete: false },
      summary: 'About $0.06 with openai/whisper-1.',
    });
  });

  it('prices translation into two languages by tokens', () => {
    expect(plannedUsage({ kind: 'translation', sourceCharacters: 4000, languages: 2 })).toEqual({ inputTokens: 2800, outputTokens: 2400 });
    expect(estimateRunCost({ kind: 'translation', sourceCharacters: 4000, languages: 2 }, { provider: 'openai', modelId: 'gpt-4o-mini' }, defaultPriceTable).summary).toBe(
      'About $0.0019 with openai/gpt-4o-mini.',
    );
  });

  it('prices trailer embeddings by tokens and audio descriptions per frame', () => {
    expect(plannedUsage({ kind: 'embedding', characters: 4001 })).toEqual({ inputTokens: 1001 });
    expect(plannedUsage({ kind: 'description', frames: 3 })).toEqual({ inputTokens: 1005, outputTokens: 180 });
    // 1005 input tokens at $0.15 and 180 output at $0.60 a million.
    expect(estimateRunCost({ kind: 'description', frames: 3 }, { provider: 'openai', modelId: 'gpt-4o-mini' }, defaultPriceTable).cost).toEqual({ usd: 0.00025875, incomplete: false });
  });

  it('says so when the price is unknown, never "free"', () => {
    const estimate = estimateRunCost({ kind: 'video', seconds: 8 }, { provider: 'replicate', modelId: 'some/upscaler' }, defaultPriceTable);
    expect(estimate.cost).toEqual({ usd: 0, incomplete: true });
    expect(estimate.summary).toBe('No price known for replicate/some/upscaler: cost unknown. Add it to the price table to see an estimate.');
  });

  it('a local endpoint is free of provider charges, priced or not', () => {
    expect(estimateRunCost({ kind: 'speech', characters: 900 }, { provider: 'openai-compatible', modelId: 'kokoro' }, { kokoro: { perMillionCharacters: 0 } }).summary).toBe(
      'Runs on your own endpoint (openai-compatible/kokoro): no provider charge.',
    );
    expect(estimateRunCost({ kind: 'transcription', mediaSeconds: 60 }, { provider: 'local', modelId: 'whisper-1' }, defaultPriceTable).summary).toBe(
      'Runs on your own endpoint (local/whisper-1): no provider charge.',
    );
  });
});
