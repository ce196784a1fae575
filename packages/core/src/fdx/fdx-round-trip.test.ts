import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { summarize } from './__fixtures__/screenplay-summary.js';
import { readFdx } from './read-fdx.js';
import { writeFdx } from './write-fdx.js';

const corpus = sharedFolder('corpus');
const fixture = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const throughFdx = (fountain: string): string => readFdx(writeFdx(parseFountain(fountain)).fdx).fountain;

describe('Fountain → FDX → Fountain', () => {
  it('keeps every element, emphasis, scene number, dual dialogue, note and title page key of the hand-written script', () => {
    const source = fixture('every-element.fountain');
    const back = throughFdx(source);
    expect(summarize(back)).toEqual(summarize(source));
    expect(summarize(source)).toEqual({
      elements: [
        'section|ACT ONE||||1',
        'section|The storm||||2',
        'synopsis|Mara finds the lighthouse dark.||||',
        'scene-heading|EXT. LIGHTHOUSE - NIGHT||1||',
        'action|Rain hammers the glass. Mara, 30s, climbs the spiral stairs.|5-12:b,24-28:i,46-59:bu|||',
        'action|BOOM\nThe lamp dies.||||',
        'scene-heading|THE LAMP ROOM||2A||',
        'character|MARA (V.O.)||||',
        'parenthetical|(quietly)||||',
        'dialogue|It found us.\n\nIt always does, and always will.|17-23:i,34-40:bi|||',
        'character|McCoy||||',
        'dialogue|Stay back *please*.||||',
        'lyrics|Row, row, row your boat||||',
        'character|BRICK|||left|',
        'dialogue|Screw it.||||',
        'character|STEEL|||right|',
        'dialogue|Screw it.||||',
        'transition|Fade out.||||',
        'page-break|||||',
        'centered|THE END|0-7:u|||',
        'scene-heading|INT. KITCHEN - DAY||12||',
        'action|Штиль. 静かな夜。 Quiet again.|13-18:bu|||',
        'transition|CUT TO:||||',
      ],
      titlePage: [
        'Title=_**THE LONG NIGHT**_\nA Lighthouse Story',
        'Credit=Written by',
        'Author=Jo Rivera',
        'Source=Based on a story by Ana Cruz',
        'Draft date=March 7, 2024',
        'Contact=Jo Rivera\njo@example.com',
        'Notes=Second draft',
        'Copyright=(c) 2024 Jo Rivera',
      ],
      notes: ['Is the rain too much?'],
    });
    // Canonical Fountain comes back byte for byte, but for what FDX does not hold: the boneyard and the marker order.
    expect(back).toBe(source.replace('/* A cut line. */\n\n', '').replace('**_Quiet_**', '_**Quiet**_'));
  });

  it('says what it left out', () => {
    const { warnings } = writeFdx(parseFountain(fixture('every-element.fountain')));
    expect(warnings.map(({ ruleId, message }) => [ruleId, message])).toEqual([
      ['fdx.boneyard-dropped', 'A boneyard passage was left out: boneyard is not part of the script.'],
    ]);
  });

  const scripts = corpus.available ? readdirSync(new URL('full-scripts/', corpus.root)).filter((name) => name.endsWith('.fountain')) : [];
  corpus.it('covers the four full scripts', () => {
    expect(scripts).toEqual(['Big-Fish.fountain', 'Brick-and-Steel.crlf.fountain', 'Brick-and-Steel.fountain', 'The-Last-Birthday-Card.fountain']);
  });
  it.each(scripts)('keeps every element of %s', (name) => {
    const source = corpus.read(`full-scripts/${name}`);
    const { fdx, warnings } = writeFdx(parseFountain(source));
    expect(warnings).toEqual([]);
    const back = readFdx(fdx);
    expect(back.warnings).toEqual([]);
    expect(summarize(back.fountain)).toEqual(summarize(source));
  });
});

describe('FDX → Fountain → FDX', () => {
  it('is stable: the Final Draft 13 style file reads the same after a trip through Fountain', () => {
    const first = readFdx(fixture('final-draft-13-style.fdx')).fountain;
    expect(throughFdx(first)).toBe(first);
  });
});
