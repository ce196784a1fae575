import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { findAppearances } from './find-appearances.js';

const script = [
  'INT. CASINO - NIGHT',
  '',
  'A beautiful woman, JUNE, crosses the floor.',
  '',
  'JUNE',
  'Chips, please.',
  '',
  'VAL (V.O.)',
  'She always wins.',
  '',
  'EXT. CAR PARK - NIGHT',
  '',
  'VAL (40s), a wiry driver with a scar, leans on the car. June waves.',
  '',
  'VAL',
  'Home?',
].join('\n');

describe('findAppearances', () => {
  const appearances = findAppearances(parseFountain(script));

  it('takes the words around the name in the introducing sentence, looks words apart', () => {
    const june = appearances.get('JUNE');
    expect([june?.introduction?.descriptors, june?.introduction?.appearance, june?.introduction?.sceneId]).toEqual([['beautiful', 'woman', 'crosses', 'floor'], ['beautiful'], 'int-casino-night']);
  });

  it('introduces a character heard first off screen where the action first names them, up to the last comma', () => {
    const val = appearances.get('VAL');
    expect(val?.firstAppearance.sceneId).toBe('int-casino-night');
    expect(val?.introduction?.sentence).toBe('VAL (40s), a wiry driver with a scar, leans on the car.');
    expect(val?.introduction?.descriptors).toEqual(['wiry', 'driver', 'scar']);
  });

  it('counts a scene as present when the character speaks or is named in action', () => {
    expect(appearances.get('JUNE')?.scenesPresent).toEqual(['int-casino-night', 'ext-car-park-night']);
    expect(appearances.get('VAL')?.scenesPresent).toEqual(['int-casino-night', 'ext-car-park-night']);
  });
});
