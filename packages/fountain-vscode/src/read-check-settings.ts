import { defaultCheckSettings, type CheckSettings } from '@reelkit/core/session';
import type { SettingsReader } from './settings-reader.js';

/**
 * The checks the user chose for AI output (`reelkit.checks.moderation`, `reelkit.checks.language`). Only an explicit
 * `false` turns one off: a mistyped value keeps the check running rather than silently dropping it.
 */
export function readCheckSettings(settings: SettingsReader): CheckSettings {
  const enabled = (section: string, fallback: boolean): boolean => settings.get<unknown>(section, fallback) !== false;
  return {
    moderation: enabled('checks.moderation', defaultCheckSettings.moderation),
    language: enabled('checks.language', defaultCheckSettings.language),
  };
}
