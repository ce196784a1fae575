import { describe, expect, it } from 'vitest';
import { readAiCommandArguments } from './ai-command-arguments.js';

describe('readAiCommandArguments', () => {
  it('keeps well-typed fields', () => {
    expect(readAiCommandArguments({ uri: 'untitled:1', cursor: 12, character: 'BOB', tone: 'terse', prompt: 'heist', option: 0, decision: 'apply' })).toEqual({
      uri: 'untitled:1',
      cursor: 12,
      character: 'BOB',
      tone: 'terse',
      prompt: 'heist',
      option: 0,
      decision: 'apply',
    });
  });

  it('drops wrong types, negative offsets and unknown decisions', () => {
    expect(readAiCommandArguments({ uri: 3, cursor: -1, option: 1.5, decision: 'yes', extra: true })).toEqual({});
  });

  it('reads nothing from a non-object (a CodeLens without arguments, a keybinding)', () => {
    expect(readAiCommandArguments(undefined)).toEqual({});
    expect(readAiCommandArguments('apply')).toEqual({});
  });
});
