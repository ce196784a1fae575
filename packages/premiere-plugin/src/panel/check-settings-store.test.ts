import { describe, expect, it } from 'vitest';
import { createLocalStorageCheckSettingsStore, parseCheckSettings } from './check-settings-store.js';

describe('check settings', () => {
  it('start with moderation and the language lint on, and keep what the editor switched off', async () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    const store = createLocalStorageCheckSettingsStore(storage);
    expect(await store.load()).toEqual({ moderation: true, language: true });
    await store.save({ moderation: false, language: true });
    expect(values.get('reelkit.checks')).toBe('{"moderation":false,"language":true}');
    expect(await createLocalStorageCheckSettingsStore(storage).load()).toEqual({ moderation: false, language: true });
  });

  it('fall back to on, switch by switch, for a damaged or partial save', () => {
    expect(parseCheckSettings('{"language":false,"moderation":"no"}')).toEqual({ moderation: true, language: false });
    expect(parseCheckSettings('not json')).toEqual({ moderation: true, language: true });
  });
});
