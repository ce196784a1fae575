import { describe, expect, it } from 'vitest';
import { parsePluginData, serializePluginData } from './plugin-data.js';
import { defaultStorySettings } from './story-settings.js';

describe('plugin data', () => {
  it('round-trips settings, history, dismissed findings, the continuity cache and the indexing consent', () => {
    const data = {
      settings: { ...defaultStorySettings, localOnly: true },
      history: [{ id: 'g1', time: 1, taskId: 'continue', notePath: 'a.md', provider: 'local', modelId: 'llama3.1', inputTokens: 10, outputTokens: 5, usd: 0, status: 'inserted' as const, text: 'Hi.' }],
      dismissed: ['lang.gendered-generic\u0001\u0001board-of-trade\u0001manpower'],
      continuityCache: { abc: [] },
      embeddingConsent: 'openai/text-embedding-3-small@512',
    };
    expect(parsePluginData(JSON.parse(JSON.stringify(serializePluginData(data))))).toEqual(data);
  });

  it('drops malformed history records', () => {
    expect(parsePluginData({ history: [{ id: 1 }, null] }).history).toEqual([]);
  });
});
