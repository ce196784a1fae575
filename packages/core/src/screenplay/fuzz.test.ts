import { describe, expect, it } from 'vitest';
import { readCorpus } from './__fixtures__/read-corpus.js';
import { parseFountain } from './parse-fountain.js';
import { writeFountain } from './write-fountain.js';

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const alphabet = ['\n', '\r\n', '\r', ' ', '  ', '\t', '*', '**', '_', '\\', '/*', '*/', '[[', ']]', '^', '.', '!', '@', '#', '=', '~', '>', '<', ':', '：', '(', ')', '（', '）', 'INT. ', 'a', 'Z', 'Я', '日', '\uFEFF', '\uD800', '===', 'CUT TO:'];

const timeParse = (text: string): number => {
  const started = performance.now();
  parseFountain(text);
  return performance.now() - started;
};

describe('parser robustness', () => {
  it('never throws on random input and always round-trips through the writer', () => {
    const random = createRandom(7);
    for (let run = 0; run < 2000; run += 1) {
      const parts: string[] = [];
      const length = Math.floor(random() * 60);
      for (let index = 0; index < length; index += 1) parts.push(alphabet[Math.floor(random() * alphabet.length)] ?? '');
      const text = parts.join('');
      expect(writeFountain(parseFountain(text))).toBe(text);
    }
  });
  it('never throws on mutated corpus scripts', () => {
    const random = createRandom(11);
    const base = readCorpus('full-scripts/Brick-and-Steel.fountain');
    for (let run = 0; run < 300; run += 1) {
      let text = base;
      for (let edit = 0; edit < 20; edit += 1) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + (alphabet[Math.floor(random() * alphabet.length)] ?? '') + text.slice(at + Math.floor(random() * 4));
      }
      expect(writeFountain(parseFountain(text))).toBe(text);
    }
  });
  it('parses a 10 MB script in time linear in its size', () => {
    const bigFish = readCorpus('full-scripts/Big-Fish.fountain');
    const small = bigFish.repeat(Math.ceil(1_250_000 / bigFish.length));
    const large = bigFish.repeat(Math.ceil(10_000_000 / bigFish.length));
    timeParse(small);
    const smallTime = timeParse(small);
    const largeTime = timeParse(large);
    expect(large.length).toBeGreaterThan(10_000_000);
    // 8x the input; allow generous noise but catch anything quadratic (which would be ~64x).
    expect(largeTime / smallTime).toBeLessThan(20);
    expect(parseFountain(large).scenes.length).toBe(192 * Math.ceil(10_000_000 / bigFish.length));
  });
  it('handles a 100,000-line boneyard and 100,000 unclosed notes in linear time', () => {
    const boneyard = `Before.\n\n/*\n${'INT. LOST - DAY\n'.repeat(100_000)}*/\n\nAfter.`;
    const started = performance.now();
    const screenplay = parseFountain(boneyard);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(screenplay.elements.map((element) => element.text)).toEqual(['Before.', 'After.']);
    const notes = '[[ open\n\n'.repeat(100_000);
    const notesStarted = performance.now();
    expect(parseFountain(notes).elements).toHaveLength(100_000);
    expect(performance.now() - notesStarted).toBeLessThan(3000);
  });
  it('stays linear on a line of emphasis markers', () => {
    const stars = '*'.repeat(200_000);
    const started = performance.now();
    expect(parseFountain(`${stars}\n\n${'*a '.repeat(100_000)}`).elements).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
