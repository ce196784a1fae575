import { describe, expect, it } from 'vitest';
import { estimatePromptTokens } from './estimate-prompt-tokens.js';
import { nameVariants } from './name-variants.js';

describe('estimatePromptTokens', () => {
  it('counts a token per four Latin characters and per CJK character', () => {
    expect(estimatePromptTokens('')).toBe(0);
    expect(estimatePromptTokens('Mara climbs the stairs.')).toBe(6);
    expect(estimatePromptTokens('林小雨は東京へ')).toBe(7);
    expect(estimatePromptTokens('Mara 林')).toBe(3);
  });
});

describe('nameVariants', () => {
  it('adds English possessives and plurals to Latin names only', () => {
    expect(nameVariants('city')).toEqual(["city", 'citys', 'cities', "city's", 'city’s', "citys'", 'citys’', "citys's", 'citys’s', "cities'", 'cities’', "cities's", 'cities’s']);
    expect(nameVariants('Анна')).toEqual(['Анна']);
    expect(nameVariants('  ')).toEqual([]);
  });
});
