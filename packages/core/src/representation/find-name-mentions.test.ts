import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { wordTokens } from '../text/word-tokens.js';
import { findAppearances } from './find-appearances.js';
import { createNameMentionFinder } from './find-name-mentions.js';

const corpus = sharedFolder('corpus');
const find = createNameMentionFinder(['EDWARD', 'YOUNG EDWARD', 'WILL', "WILL'S DATE", 'TELLER WOMAN', 'SANDRA BLOOM', 'ROSE', 'WAITRESS']);
const names = (sentence: string): string[] => find(wordTokens(sentence)).map((mention) => `${mention.name}@${sentence.slice(mention.start, mention.end)}`);

describe('names found in prose as names', () => {
  it('credits a possessive to its owner, and a role cue only by its whole phrase', () => {
    expect(names("Will's car stalls. Will's Date waves.")).toEqual(['WILL@Will\'s', "WILL'S DATE@Will's Date"]);
    expect(names('An Old Woman and a Teller Woman argue.')).toEqual(['TELLER WOMAN@Teller Woman']);
    expect(names('The Waitress pours. A waitress waits.')).toEqual(['WAITRESS@Waitress']);
  });
  it('prefers the whole name: Young Edward is YOUNG EDWARD, Edward alone is EDWARD; Sandra is SANDRA BLOOM', () => {
    expect(names('Young Edward runs to Edward, then to Sandra.')).toEqual(['YOUNG EDWARD@Young Edward', 'EDWARD@Edward', 'SANDRA BLOOM@Sandra']);
  });
  it('reads a run of capitalised words as one name: "ZACKY PRICE" is ZACKY, not also DON PRICE', () => {
    const family = createNameMentionFinder(['ZACKY', 'DON PRICE', 'EDWARD', 'WILL']);
    const found = (sentence: string): string[] => family(wordTokens(sentence)).map((mention) => `${mention.name}@${sentence.slice(mention.start, mention.end)}`);
    expect(found('Red-headed ZACKY PRICE is 10. His brother DON PRICE is 12.')).toEqual(['ZACKY@ZACKY PRICE', 'DON PRICE@DON PRICE']);
    expect(found('Mr. Price waves. EDWARD AND WILL run.')).toEqual(['DON PRICE@Price', 'EDWARD@EDWARD', 'WILL@WILL']);
  });
  it('leaves lower-case words alone: "rose" is a verb, not ROSE', () => {
    expect(names('The sun rose. Rose smiles.')).toEqual(['ROSE@Rose']);
  });
  corpus.it("Big Fish: WILL'S DATE is in the one scene she speaks in, TELLER WOMAN in the three that name her", () => {
    const screenplay = parseFountain(corpus.read('full-scripts/Big-Fish.fountain'));
    const appearances = findAppearances(screenplay);
    expect(appearances.get("WILL'S DATE")?.scenesPresent).toHaveLength(1);
    expect(appearances.get('TELLER WOMAN')?.scenesPresent).toHaveLength(3);
  });
});
