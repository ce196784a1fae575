import { describe, expect, it } from 'vitest';
import { isNamedCharacter } from './is-named-character.js';

describe('isNamedCharacter', () => {
  it('accepts names, with or without titles and roles in front', () => {
    expect(['MARA', 'MRS. PATEL', 'NURSE RATCHED', 'OLD TOM', 'DR. MEHTA'].map(isNamedCharacter)).toEqual([true, true, true, true, true]);
  });

  it('rejects roles, numbered extras, possessives and group cues', () => {
    expect(['WAITRESS', 'WOMAN #2', 'TELLER WOMAN', "WILL'S DATE", 'EDWARD AND WILL', 'OLD NURSE', "WOMAN'S VOICE"].map(isNamedCharacter)).toEqual([false, false, false, false, false, false, false]);
  });
});
