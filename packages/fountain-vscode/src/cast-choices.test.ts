import { describe, expect, it } from 'vitest';
import { genderChoices, genderPickTitle } from './cast-choices.js';

describe('Declare cast… picks', () => {
  it('offers the proposal first with its evidence, then the other genders, none, and accepting the rest', () => {
    const tom = { name: 'TOM', lines: 2, gender: 'male', confidence: 0.87, evidence: 'the first name "tom"' };
    expect(genderChoices(tom, 3)).toEqual([
      { label: 'male', description: 'proposed: the first name "tom" (0.87)', value: 'male' },
      { label: 'female', value: 'female' },
      { label: 'non-binary', value: 'non-binary' },
      { label: 'No gender', description: 'list the character; declare it later', value: null },
      { label: 'Accept the proposals for the remaining 3 characters', value: 'rest' },
    ]);
    expect(genderPickTitle(tom, 2, 4)).toBe('Declare cast (2 of 4): TOM, 2 lines');
  });
  it('has no proposal entry without evidence, and no "rest" for the last character', () => {
    expect(genderChoices({ name: 'ZED', lines: 1 }, 1).map((choice) => choice.label)).toEqual(['female', 'male', 'non-binary', 'No gender']);
  });
});
