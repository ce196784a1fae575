import type { Plugin } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { defaultStorySettings } from '../story-settings.js';
import { loadStoryState } from './load-story-state.js';

/** The two `Plugin` calls the loader makes, over an in-memory `data.json`. */
function fakePlugin(saved: unknown): Pick<Plugin, 'loadData' | 'saveData'> & { saved: unknown; saves: number } {
  return {
    saved,
    saves: 0,
    loadData() {
      return Promise.resolve(this.saved);
    },
    saveData(data: unknown) {
      this.saved = JSON.parse(JSON.stringify(data));
      this.saves += 1;
      return Promise.resolve();
    },
  };
}

describe('loadStoryState', () => {
  it('moves a Replicate writing provider to OpenAI, tells the writer once and saves the change', async () => {
    const plugin = fakePlugin({ provider: 'replicate', apiKeySecretName: 'replicate-token', entriesFolder: 'Codex' });
    const notices: string[] = [];
    const state = await loadStoryState(plugin, (message) => notices.push(message));
    expect(state.data.settings).toEqual({ ...defaultStorySettings, entriesFolder: 'Codex' });
    expect(notices).toHaveLength(1);
    expect(plugin.saves).toBe(1);
    expect(plugin.saved).toMatchObject({ provider: 'openai', apiKeySecretName: '', entriesFolder: 'Codex' });

    await loadStoryState(plugin, (message) => notices.push(message));
    expect(notices).toHaveLength(1);
    expect(plugin.saves).toBe(1);
  });

  it('loads current data without a notice or a write', async () => {
    const plugin = fakePlugin({ provider: 'openai-compatible', localModel: 'qwen2.5' });
    const notices: string[] = [];
    const state = await loadStoryState(plugin, (message) => notices.push(message));
    expect(state.data.settings).toEqual({ ...defaultStorySettings, provider: 'openai-compatible', localModel: 'qwen2.5' });
    expect(notices).toEqual([]);
    expect(plugin.saves).toBe(0);
  });
});
