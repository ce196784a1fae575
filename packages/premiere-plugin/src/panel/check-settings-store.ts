import { defaultCheckSettings, type CheckSettings } from '@reelkit/core/session';

/** Where the panel keeps the editor's check switches (UXP `localStorage`; they hold no secrets). */
export interface CheckSettingsStore {
  load(): Promise<CheckSettings>;
  save(settings: CheckSettings): Promise<void>;
}

/** Reads saved switches; a missing, damaged or partial save falls back to the defaults (both on) switch by switch. */
export function parseCheckSettings(json: string | null): CheckSettings {
  let value: unknown;
  try {
    value = json === null ? undefined : JSON.parse(json);
  } catch {
    value = undefined;
  }
  const saved = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const pick = (name: keyof CheckSettings): boolean => (typeof saved[name] === 'boolean' ? saved[name] : defaultCheckSettings[name]);
  return { moderation: pick('moderation'), language: pick('language') };
}

/** The check switches in `localStorage` under `key`. */
export function createLocalStorageCheckSettingsStore(storage: Pick<Storage, 'getItem' | 'setItem'>, key = 'reelkit.checks'): CheckSettingsStore {
  return {
    load: async () => parseCheckSettings(storage.getItem(key)),
    save: async (settings) => storage.setItem(key, JSON.stringify(settings)),
  };
}
