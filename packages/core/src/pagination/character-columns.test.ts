import { describe, expect, it } from 'vitest';
import { characterColumns, textColumns } from './character-columns.js';

const columnsOf = (character: string): number => characterColumns(character.codePointAt(0) ?? 0);

describe('characterColumns', () => {
  it('gives East Asian wide and full-width characters two columns', () => {
    expect(['漢', 'ひ', 'カ', '한', 'Ａ', '。', '、', '（', '𠀋', '😀'].map(columnsOf)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });
  it('gives Latin, Cyrillic, Greek, half-width katakana and ambiguous-width characters one column', () => {
    expect(['a', 'Ж', 'λ', 'ｶ', '—', '’', '½'].map(columnsOf)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('gives combining marks and zero-width characters none', () => {
    expect(['\u0301', '\u200b', '\ufe0f'].map(columnsOf)).toEqual([0, 0, 0]);
  });
});

describe('textColumns', () => {
  it('adds up a mixed line', () => {
    expect(textColumns('INT。 病院-日')).toBe(13);
    expect(textColumns('Cafe\u0301 ジョン')).toBe(11);
  });
});
