import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { normalizeCharacterName } from './normalize-character-name.js';

describe('normalizeCharacterName', () => {
  it('finds the key the parser gives the same character', () => {
    const names = parseFountain('MARY  ANN (V.O.)\nHi.\n\n@McCLANE ^\nYes.\n').characters.map((character) => character.name);
    expect(names).toEqual(['MARY ANN', 'MCCLANE']);
    expect(['mary ann', ' Mary  Ann (O.S.) ', '@McClane^'].map(normalizeCharacterName)).toEqual(['MARY ANN', 'MARY ANN', 'MCCLANE']);
  });
});
