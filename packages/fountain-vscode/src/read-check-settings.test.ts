import { describe, expect, it } from 'vitest';
import { readCheckSettings } from './read-check-settings.js';
import type { SettingsReader } from './settings-reader.js';

const settingsOf = (values: Record<string, unknown>): SettingsReader => ({
  get: <T>(section: string, defaultValue: T): T => (section in values ? (values[section] as T) : defaultValue),
});

describe('readCheckSettings', () => {
  it('runs moderation and the language lint when nothing is set', () => {
    expect(readCheckSettings(settingsOf({}))).toEqual({ moderation: true, language: true });
  });

  it('turns each check off on its own switch', () => {
    expect(readCheckSettings(settingsOf({ 'checks.moderation': false }))).toEqual({ moderation: false, language: true });
    expect(readCheckSettings(settingsOf({ 'checks.language': false }))).toEqual({ moderation: true, language: false });
  });

  it('keeps a check on when its value is not a boolean (a hand-edited "false" string)', () => {
    expect(readCheckSettings(settingsOf({ 'checks.moderation': 'false', 'checks.language': 0 }))).toEqual({ moderation: true, language: true });
  });
});
