import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
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

const corpus = sharedFolder('corpus');

describe('findAppearances', () => {
  const appearances = findAppearances(parseFountain(script));

  it('takes the phrase the name renames, not what the sentence goes on to say; looks words apart', () => {
    const june = appearances.get('JUNE');
    expect([june?.introduction?.descriptors, june?.introduction?.appearance, june?.introduction?.sceneId]).toEqual([['beautiful', 'woman'], ['beautiful'], 'int-casino-night']);
  });

  it('introduces a character heard first off screen where the action first names them, up to the last comma', () => {
    const val = appearances.get('VAL');
    expect(val?.firstAppearance.sceneId).toBe('int-casino-night');
    expect(val?.introduction?.sentence).toBe('VAL (40s), a wiry driver with a scar, leans on the car.');
    expect(val?.introduction?.descriptors).toEqual(['wiry', 'driver', 'scar']);
  });

  it('introduces a character where the name is first written in capitals, and describes only them', () => {
    const screenplay = parseFountain(
      ['INT. KITCHEN - DAY', '', 'Tom burns the toast.', '', 'TOM', 'Again.', '', 'Later, TOM (30s), lanky and unshaven, hands his tired mother RUTH a plate.', '', 'RUTH', 'Thanks.'].join('\n'),
    );
    const found = findAppearances(screenplay);
    expect(found.get('TOM')?.introduction?.sentence).toBe('Later, TOM (30s), lanky and unshaven, hands his tired mother RUTH a plate.');
    expect(found.get('TOM')?.introduction?.descriptors).toEqual(['lanky', 'unshaven']);
    expect(found.get('RUTH')?.introduction?.descriptors).toEqual(['tired', 'mother']);
  });

  it('counts a scene as present when the character speaks or is named in action', () => {
    expect(appearances.get('JUNE')?.scenesPresent).toEqual(['int-casino-night', 'ext-car-park-night']);
    expect(appearances.get('VAL')?.scenesPresent).toEqual(['int-casino-night', 'ext-car-park-night']);
  });

  corpus.it('Big Fish: each lead has their own introduction, with the words that describe them (checkable on pages 1–8)', () => {
    const bigFish = findAppearances(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')));
    const introduced = (name: string): [string, readonly string[]] => [bigFish.get(name)?.introduction?.sentence.slice(0, 40) ?? '', bigFish.get(name)?.introduction?.descriptors ?? []];
    expect(introduced('EDWARD')).toEqual(['WILL BLOOM, AGE 3, listens wide-eyed as ', ['father', 'handsome']]);
    expect(introduced('WILL')).toEqual(['WILL BLOOM, AGE 3, listens wide-eyed as ', []]);
    expect(introduced('JOSEPHINE')).toEqual(['WILL, now 28, sits with his gorgeous bri', ['gorgeous', 'bride']]);
    expect(introduced('ZACKY')).toEqual(['Red-headed ZACKY PRICE is 10.', ['red-headed']]);
    // ZACKY PRICE's "PRICE" is Zacky's surname: his brother is introduced in the next sentence of his own.
    expect(introduced('DON PRICE')).toEqual(['His brother DON PRICE is 12, and a lot b', ['brother']]);
    expect(introduced('WILBUR FREELY')).toEqual(['WILBUR FREELY, also 10, is the black ast', ['black', 'asthmatic', 'son']]);
    expect(introduced('BEAMEN')).toEqual(['A forty-year old man named BEAMEN comes ', ['forty-year', 'old', 'man']]);
    expect(introduced('KARL')).toEqual(['KARL THE GIANT is bigger than any man yo', ['giant', 'bigger']]);
    expect(introduced('AMOS')).toEqual(["As the performers clear away, the circus", ['owner-and-ringmaster']]);
    expect(introduced('CASHIER')).toEqual(['Reaching the CASHIER, Sandra hands over ', []]);
    // "Introduced by looks" goes to the person the looks word is about.
    expect(['EDWARD', 'WILL', 'JOSEPHINE', 'GIRL'].map((name) => bigFish.get(name)?.introduction?.appearance)).toEqual([['handsome'], [], ['gorgeous'], ['pretty']]);
  });
});
