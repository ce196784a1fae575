import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from './parse-fountain.js';
import { parseWork } from './parse-work.js';
import { writeFountain } from './write-fountain.js';

const corpus = sharedFolder('corpus');

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const alphabet = ['\n', '\r\n', '\r', ' ', '  ', '\t', '*', '**', '_', '\\', '/*', '*/', '[[', ']]', '^', '.', '!', '@', '#', '=', '~', '>', '<', ':', '：', '(', ')', '（', '）', 'INT. ', 'a', 'Z', 'Я', '日', '\uFEFF', '\uD800', '===', 'CUT TO:'];

/** The parser's counted work (characters and steps scanned) for one parse: no clock involved. */
const workToParse = (text: string): number => {
  const before = parseWork.steps;
  parseFountain(text);
  return parseWork.steps - before;
};

/** Work per input character at `size` against at `size / 8`: 1 when linear, ~8 when quadratic. */
function growthOfWorkPerCharacter(build: (size: number) => string, size: number): number {
  const small = build(size / 8);
  const large = build(size);
  return workToParse(large) / large.length / (workToParse(small) / small.length);
}

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
  corpus.it('never throws on mutated corpus scripts', () => {
    const random = createRandom(11);
    const base = corpus.read('full-scripts/Brick-and-Steel.fountain');
    for (let run = 0; run < 300; run += 1) {
      let text = base;
      for (let edit = 0; edit < 20; edit += 1) {
        const at = Math.floor(random() * text.length);
        text = text.slice(0, at) + (alphabet[Math.floor(random() * alphabet.length)] ?? '') + text.slice(at + Math.floor(random() * 4));
      }
      expect(writeFountain(parseFountain(text))).toBe(text);
    }
  });
  corpus.it('parses a 10 MB script with work linear in its size', () => {
    const bigFish = corpus.read('full-scripts/Big-Fish.fountain');
    const copies = (size: number): string => bigFish.repeat(Math.ceil(size / bigFish.length));
    const large = copies(10_000_000);
    expect(large.length).toBeGreaterThan(10_000_000);
    expect(growthOfWorkPerCharacter(copies, 10_000_000)).toBeLessThan(1.2);
    expect(parseFountain(large).scenes.length).toBe(192 * Math.ceil(10_000_000 / bigFish.length));
  });
  it('handles a 100,000-line boneyard and 100,000 unclosed notes with linear work', () => {
    const boneyard = (lines: number): string => `Before.\n\n/*\n${'INT. LOST - DAY\n'.repeat(lines)}*/\n\nAfter.`;
    expect(parseFountain(boneyard(100_000)).elements.map((element) => element.text)).toEqual(['Before.', 'After.']);
    expect(growthOfWorkPerCharacter(boneyard, 100_000)).toBeLessThan(1.2);
    const notes = (count: number): string => '[[ open\n\n'.repeat(count);
    expect(parseFountain(notes(100_000)).elements).toHaveLength(100_000);
    expect(growthOfWorkPerCharacter(notes, 100_000)).toBeLessThan(1.2);
  });
  it('stays linear on a line of emphasis markers', () => {
    const markers = (count: number): string => `${'*'.repeat(count * 2)}\n\n${'*a '.repeat(count)}`;
    expect(parseFountain(markers(100_000)).elements).toHaveLength(2);
    expect(growthOfWorkPerCharacter(markers, 100_000)).toBeLessThan(1.2);
  });
  it('does work linear in the input on every hostile generator (counted, no clock)', () => {
    // Lines of thousands of openers, closers, notes, boneyards or markers are where parsers go quadratic.
    const generators: Record<string, (count: number) => string> = {
      'repeated /*': (count) => '/*'.repeat(count),
      'repeated */': (count) => '*/'.repeat(count),
      'closed boneyards on one line': (count) => '/*a*/ '.repeat(count),
      'notes on one line': (count) => '[[a]] '.repeat(count),
      'unclosed notes on one line': (count) => '[[ a '.repeat(count),
      'notes and boneyards interleaved': (count) => '[[ /* ]] */ '.repeat(count),
      'repeated ]]': (count) => ']]'.repeat(count),
      underscores: (count) => '_'.repeat(count),
      'mixed emphasis': (count) => '*a_'.repeat(count),
    };
    const growth = Object.fromEntries(Object.entries(generators).map(([name, build]) => [name, Math.round(growthOfWorkPerCharacter(build, 160_000) * 100) / 100]));
    // 1 when linear, ~8 when quadratic: name every generator that grows.
    expect(Object.entries(growth).filter(([, value]) => value > 1.2)).toEqual([]);
  });
  it('counts the work it does: a scan that rereads the input shows up in the count', () => {
    // The meter is what the linearity checks above rest on: rescanning the text for every line must register.
    const text = 'Line.\n\n'.repeat(1_000);
    const once = workToParse(text);
    expect(once).toBeGreaterThanOrEqual(text.length);
    expect(workToParse(text + text)).toBeGreaterThanOrEqual(2 * text.length);
  });
});
