import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from './parse-fountain.js';
import type { ScreenplayElement } from './screenplay-element.js';
import { writeElement, writeFountain } from './write-fountain.js';

const corpus = sharedFolder('corpus');
const corpusFiles = !corpus.available ? [] : ['screenplain-golden', 'nyousefi-fixtures', 'afterwriting-i18n', 'full-scripts'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, corpus.root))
    .filter((name) => name.endsWith('.fountain'))
    .map((name) => `${folder}/${name}`),
);

describe('writeFountain', () => {
  corpus.it('covers the whole corpus', () => {
    expect(corpusFiles).toHaveLength(40);
  });
  it.each(corpusFiles)('round-trips %s byte for byte', (path) => {
    const source = corpus.read(path);
    expect(writeFountain(parseFountain(source))).toBe(source);
  });
  it('writes built elements in canonical form, forcing only where needed', () => {
    const element = (kind: ScreenplayElement['kind'], text: string, extra: Partial<ScreenplayElement> = {}): ScreenplayElement => ({
      kind,
      text,
      range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } },
      emphasis: [],
      ...extra,
    });
    const written = writeFountain({
      titlePage: { entries: [{ key: 'Title', value: 'Two\nLines', range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } } }], raw: '' },
      elements: [
        element('scene-heading', 'KITCHEN', { sceneNumber: '4' }),
        element('action', 'BANG', { emphasis: [{ style: 'bold', start: 0, end: 4, range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } } }] }),
        element('action', 'A *star*'),
        element('character', 'McCoy', { dual: 'right' }),
        element('dialogue', 'Hi.\n\nThere.'),
        element('transition', 'Fade out.'),
      ],
      trailing: '\n',
    });
    expect(written).toBe('Title:\n    Two\n    Lines\n\n.KITCHEN #4#\n\n**BANG**\n\nA \\*star\\*\n\n@McCoy ^\nHi.\n  \nThere.\n\n> Fade out.\n');
    expect(parseFountain(written).elements.map((parsed) => [parsed.kind, parsed.text])).toEqual([
      ['scene-heading', 'KITCHEN'], ['action', 'BANG'], ['action', 'A *star*'], ['character', 'McCoy'], ['dialogue', 'Hi.\n\nThere.'], ['transition', 'Fade out.'],
    ]);
  });
  it('writes a heading that reads as one without the dot', () => {
    expect(writeElement(parseFountain('INT. HOUSE - DAY').elements[0] as ScreenplayElement)).toBe('INT. HOUSE - DAY');
  });
});
