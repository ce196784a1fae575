import { parseFountain, writeFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { createDocumentModel, updateDocumentModel, type ContentChange } from './document-model.js';

const text = 'INT. HOUSE - DAY\n\nBOB\nHello there.\n\nALICE\nHi.\n';
const after = (source: string, version: number) => ({ version, length: source.length, readText: () => source });

describe('updateDocumentModel', () => {
  it('applies a keystroke incrementally and equals a full parse', () => {
    const model = createDocumentModel(text, 1);
    const next = 'INT. HOUSE - DAY\n\nBOB\nHello there!\n\nALICE\nHi.\n';
    const updated = updateDocumentModel(model, [{ rangeOffset: 33, rangeLength: 1, text: '!' }], after(next, 2));
    expect(updated.reparsed).toBe(false);
    expect(updated.length).toBe(next.length);
    expect(updated.screenplay.elements).toEqual(parseFountain(next).elements);
  });

  it('applies multi-cursor changes given in either order', () => {
    // Two insertions relative to the original text: after "BOB" and after "ALICE".
    const changes: ContentChange[] = [
      { rangeOffset: 21, rangeLength: 0, text: ' (V.O.)' },
      { rangeOffset: 41, rangeLength: 0, text: ' (O.S.)' },
    ];
    const next = 'INT. HOUSE - DAY\n\nBOB (V.O.)\nHello there.\n\nALICE (O.S.)\nHi.\n';
    for (const order of [changes, [...changes].reverse()]) {
      const updated = updateDocumentModel(createDocumentModel(text, 1), order, after(next, 2));
      expect(updated.reparsed).toBe(false);
      expect(writeFountain(updated.screenplay)).toBe(next);
    }
  });

  it('rebuilds from the full text when a version was missed', () => {
    const next = 'EXT. PARK - NIGHT\n';
    const updated = updateDocumentModel(createDocumentModel(text, 1), [{ rangeOffset: 0, rangeLength: 0, text: 'x' }], after(next, 5));
    expect(updated.reparsed).toBe(true);
    expect(updated.screenplay.scenes.map((scene) => scene.heading)).toEqual(['EXT. PARK - NIGHT']);
  });

  it('rebuilds when the tracked length disagrees with the document', () => {
    const next = `${text}extra`;
    const updated = updateDocumentModel(createDocumentModel(text, 1), [{ rangeOffset: 0, rangeLength: 0, text: 'x' }], after(next, 2));
    expect(updated.reparsed).toBe(true);
    expect(updated.length).toBe(next.length);
  });
});
