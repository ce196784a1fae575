import { describe, expect, it } from 'vitest';
import { rankPassages } from './rank-passages.js';
import { unitVector } from './unit-vector.js';

const question = unitVector([1, 0, 0]);
const candidate = (id: string, vector: number[], named = 0) => ({ id, vector: unitVector(vector), named });

describe('rankPassages', () => {
  it('puts a passage naming the question’s entries above a merely similar one, and one high in both first', () => {
    const ranked = rankPassages(question, [candidate('similar', [1, 0.1, 0]), candidate('names', [0, 1, 0], 1), candidate('both', [1, 0.2, 0], 1), candidate('neither', [0, 0, 1])]);
    expect(ranked.map((passage) => [passage.id, passage.similarityRank, passage.mentionRank])).toEqual([
      ['both', 2, 1],
      ['names', 3, 2],
      ['similar', 1, undefined],
      ['neither', 4, undefined],
    ]);
    expect(ranked[0]?.similarity).toBeCloseTo(0.981, 3);
  });

  it('ranks passages naming more of the question’s entries first among those naming any', () => {
    const ranked = rankPassages(question, [candidate('other', [1, 0, 0]), candidate('one', [0.5, 0, 1], 1), candidate('two', [0.4, 1, 0], 2)]);
    expect(ranked.map((passage) => [passage.id, passage.similarityRank, passage.mentionRank])).toEqual([
      ['two', 3, 1],
      ['one', 2, 2],
      ['other', 1, undefined],
    ]);
  });

  it('scales vectors to unit length and keeps zero vectors at zero', () => {
    expect([...unitVector([3, 4])]).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    expect([...unitVector([0, 0])]).toEqual([0, 0]);
  });
});
