import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from './parse-fountain.js';
import type { Screenplay } from './screenplay.js';
import { updateScreenplay } from './update-screenplay.js';

/** Everything a consumer can read, the lazy model included. */
const snapshot = (screenplay: Screenplay): unknown => ({
  titlePage: screenplay.titlePage,
  elements: screenplay.elements,
  annotations: screenplay.annotations,
  trailing: screenplay.trailing,
  scenes: screenplay.scenes,
  characters: screenplay.characters,
  locations: screenplay.locations,
});

/** The snapshot as JSON: comparing two strings is far cheaper than deep-comparing Big Fish's object graph. */
const serialized = (screenplay: Screenplay): string => JSON.stringify(snapshot(screenplay));

/** Equal JSON, or a failure that shows the structural difference. */
function expectSame(actual: string, expected: string, label: string): void {
  if (actual !== expected) expect(JSON.parse(actual), label).toEqual(JSON.parse(expected));
}

/** A small seeded generator (mulberry32) so a failure reproduces. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = ['\n', '\n\n', '*', '/*', '*/', '[[', ']]', '^', '.', '!', '@', '#', '=', '~', '>', '<', ':', 'a', 'Q', ' ', '  ', '(', ')', 'INT. ', '\r\n', 'CUT TO:', 'BOB\n'];
const scripts = [
  'full-scripts/Big-Fish.fountain',
  'full-scripts/Brick-and-Steel.fountain',
  'full-scripts/Brick-and-Steel.crlf.fountain',
  'full-scripts/The-Last-Birthday-Card.fountain',
  'nyousefi-fixtures/Dialogue.fountain',
  'screenplain-golden/notes.fountain',
  'screenplain-golden/boneyard.fountain',
  'afterwriting-i18n/jp.fountain',
];

const corpus = sharedFolder('corpus');

describe('updateScreenplay', () => {
  (corpus.available ? it : it.skip).each(scripts)('matches a full parse after every one of many random edits to %s, leaving the previous result as it was', (path) => {
    const random = createRandom(path.length * 7919);
    let text = corpus.read(path);
    let screenplay = parseFountain(text);
    let expected = serialized(parseFountain(text));
    // Big Fish is the slow part (two full parses and up to two comparisons a step): fewer steps there.
    const steps = path.includes('Big-Fish') ? 150 : 500;
    for (let step = 0; step < steps; step += 1) {
      // Most edits land in a window so they pile up and interact, the rest anywhere.
      const offset = Math.floor(random() * (text.length + 1));
      const length = random() < 0.5 ? 0 : Math.floor(random() * 8);
      const inserted = random() < 0.25 ? '' : (pieces[Math.floor(random() * pieces.length)] ?? '');
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      const previous = screenplay;
      screenplay = updateScreenplay(previous, { offset, length, text: inserted });
      const label = `${path} step ${step}: ${JSON.stringify({ offset, length, inserted })}`;
      const current = serialized(parseFountain(text));
      // Half the results are read at once; the others are first read after the next edit, as `previous`.
      if (random() < 0.5) expectSame(serialized(screenplay), current, label);
      expectSame(serialized(previous), expected, `previous unchanged after ${label}`);
      expected = current;
    }
    expectSame(serialized(screenplay), expected, path);
  }, 60_000); // a busy two-core machine takes three times as long as an idle one
  it('matches a full parse on old Mac (CR-only) files, and when an edit removes the last LF', () => {
    const cr = 'INT. DOCK - DAWN\r\rThe fog lifts.\r\rMARA\rWe leave.\r';
    const edited = updateScreenplay(parseFountain(cr), { offset: cr.indexOf('fog'), length: 3, text: 'mist' });
    expect(snapshot(edited)).toEqual(snapshot(parseFountain(cr.replace('fog', 'mist'))));
    expect(edited.elements.map((element) => element.kind)).toEqual(['scene-heading', 'action', 'character', 'dialogue']);
    const oneLf = 'MARA\nWe leave.\rNow.';
    const lfGone = updateScreenplay(parseFountain(oneLf), { offset: 4, length: 1, text: '\r' });
    expect(snapshot(lfGone)).toEqual(snapshot(parseFountain('MARA\rWe leave.\rNow.')));
  });
  it('leaves the previous screenplay unchanged and shares the elements before the edit', () => {
    const previous = parseFountain('INT. A - DAY\n\nFirst.\n\nSecond.\n\nThird.\n\nBOB\nHi.');
    const updated = updateScreenplay(previous, { offset: 37, length: 0, text: ' more\nlines' });
    expect(updated.elements.map((element) => element.text)).toEqual(['INT. A - DAY', 'First.', 'Second.', 'Third. more\nlines', 'BOB', 'Hi.']);
    expect(previous.elements.map((element) => [element.text, element.range.start.line, element.range.start.offset])).toEqual([
      ['INT. A - DAY', 0, 0],
      ['First.', 2, 14],
      ['Second.', 4, 22],
      ['Third.', 6, 31],
      ['BOB', 8, 39],
      ['Hi.', 9, 43],
    ]);
    expect(previous.trailing).toBe('');
    expect(updated.elements[1]).toBe(previous.elements[1]);
    expect(updated.elements[5]).not.toBe(previous.elements[5]);
    expect(updated.elements[5]?.range.start).toEqual({ line: 10, column: 0, offset: 54 });
  });
  it('gives the element after the re-parsed blocks its new gap', () => {
    const text = 'X.\n\nY.\n\nBOB\nHi.\n\n\n  \n\n> FADE OUT';
    const offset = text.indexOf('Hi.') + 4;
    const updated = updateScreenplay(parseFountain(text), { offset, length: 0, text: '=' });
    expect(updated.elements.map((element) => [element.kind, element.text, element.before])).toEqual([
      ['action', 'X.', ''],
      ['action', 'Y.', '\n\n'],
      ['character', 'BOB', '\n\n'],
      ['dialogue', 'Hi.\n=', '\n'],
      ['transition', 'FADE OUT', '\n\n  \n\n'],
    ]);
  });
  it('shifts elements after the edit by offset and line', () => {
    const screenplay = parseFountain('INT. A - DAY\n\nFirst.\n\nSecond.\n\nThird.\n\nBOB\nHi.');
    const updated = updateScreenplay(screenplay, { offset: 20, length: 0, text: ' more\nlines' });
    expect(updated.elements.map((element) => [element.text, element.range.start.line, element.range.start.offset])).toEqual([
      ['INT. A - DAY', 0, 0],
      ['First. more\nlines', 2, 14],
      ['Second.', 5, 33],
      ['Third.', 7, 42],
      ['BOB', 9, 50],
      ['Hi.', 10, 54],
    ]);
  });
  it('accepts a screenplay it did not parse, and clamps an edit past the end', () => {
    const screenplay = parseFountain('BOB\nHi.');
    const copy = { ...screenplay, elements: screenplay.elements.map((element) => ({ ...element })) } as Screenplay;
    expect(updateScreenplay(copy, { offset: 999, length: 5, text: '!' }).elements.map((element) => element.text)).toEqual(['BOB', 'Hi.!']);
  });
});
