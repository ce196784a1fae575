import { describe, expect, it } from 'vitest';
import { parseFountain } from './parse-fountain.js';
import { writeFountain } from './write-fountain.js';

const kindsAndText = (source: string): Array<[string, string]> => parseFountain(source).elements.map((element) => [element.kind, element.text]);

describe('parseFountain edge cases', () => {
  it('reads lone CR line ends (old Mac files) as line breaks, with the same elements as LF and a byte-exact round trip', () => {
    const lf = 'Title: Tide\n\nINT. DOCK - DAWN\n\nThe fog lifts.\n\nMARA\nWe leave when the tide turns.\n';
    const cr = lf.replace(/\n/g, '\r');
    const fromCr = parseFountain(cr);
    const fromLf = parseFountain(lf);
    expect(fromCr.elements.map((element) => [element.kind, element.text, element.range])).toEqual(fromLf.elements.map((element) => [element.kind, element.text, element.range]));
    expect(fromCr.titlePage.entries.map((entry) => [entry.key, entry.value])).toEqual([['Title', 'Tide']]);
    expect(writeFountain(fromCr)).toBe(cr);
  });
  it('keeps CRLF out of text and ranges, and dialogue survives CRLF', () => {
    const screenplay = parseFountain('INT. A - DAY\r\n\r\nBOB\r\nHi there.\r\n');
    expect(kindsAndText('INT. A - DAY\r\n\r\nBOB\r\nHi there.\r\n')).toEqual([['scene-heading', 'INT. A - DAY'], ['character', 'BOB'], ['dialogue', 'Hi there.']]);
    expect(screenplay.elements[2]?.range).toEqual({ start: { line: 3, column: 0, offset: 21 }, end: { line: 3, column: 9, offset: 30 } });
  });
  it('counts a BOM as offset 0 of line 0', () => {
    const screenplay = parseFountain('\uFEFFEXT. FIELD - DAY');
    expect(screenplay.elements[0]?.range.start).toEqual({ line: 0, column: 1, offset: 1 });
    expect(screenplay.elements[0]?.before).toBe('\uFEFF');
  });
  it('does not take all-caps action with no line under it for a cue', () => {
    expect(kindsAndText('THE BEAST.\n\nHe brings it up.')).toEqual([['action', 'THE BEAST.'], ['action', 'He brings it up.']]);
  });
  it('strips notes and boneyard from text and keeps them as annotations with ranges', () => {
    const screenplay = parseFountain('Before [[one]] mid [[two]] after\n\nA /* gone\n\nstill gone */ B');
    expect(kindsAndText('Before [[one]] mid [[two]] after\n\nA /* gone\n\nstill gone */ B')).toEqual([['action', 'Before  mid  after'], ['action', 'A  B']]);
    expect(screenplay.annotations.map((note) => [note.kind, note.text, note.range.start.offset, note.range.end.line])).toEqual([
      ['note', 'one', 7, 0],
      ['note', 'two', 19, 0],
      ['boneyard', ' gone\n\nstill gone ', 36, 4],
    ]);
  });
  it('drops a line holding only a note, so dialogue continues', () => {
    expect(kindsAndText('BOB\nHello.\n[[check this]]\nGoodbye.')).toEqual([['character', 'BOB'], ['dialogue', 'Hello.\nGoodbye.']]);
  });
  it('never throws on a dual-dialogue cue with no earlier cue, and leaves it unpaired', () => {
    const screenplay = parseFountain('BOB ^\nYes.');
    expect(screenplay.elements.map((element) => [element.kind, element.dual])).toEqual([['character', 'right'], ['dialogue', undefined]]);
  });
  it('reads a lyric right after a cue', () => {
    expect(kindsAndText('SINGER\n~La la la\n~Tra la')).toEqual([['character', 'SINGER'], ['lyrics', 'La la la\nTra la']]);
  });
  it('reads every forced element and centered text', () => {
    expect(kindsAndText('.FLASHBACK\n\n!LOUD NOISE\n\n@McCoy\nHello.\n\n> FADE OUT.\n\n>THE END<\n\n~Sung\n\n# Act\n\n= Summary\n\n===')).toEqual([
      ['scene-heading', 'FLASHBACK'],
      ['action', 'LOUD NOISE'],
      ['character', 'McCoy'],
      ['dialogue', 'Hello.'],
      ['transition', 'FADE OUT.'],
      ['centered', 'THE END'],
      ['lyrics', 'Sung'],
      ['section', 'Act'],
      ['synopsis', 'Summary'],
      ['page-break', ''],
    ]);
  });
  it('merges CONT\'D with a straight or curly apostrophe into one character', () => {
    const screenplay = parseFountain("BOB\nOne.\n\nBOB (CONT'D)\nTwo.\n\nBob’s friend\n\nBOB (CONT’D)\nThree.");
    expect(screenplay.characters.map((character) => [character.name, character.dialogueBlocks.length, character.lines])).toEqual([['BOB', 3, 3]]);
    expect(screenplay.elements.filter((element) => element.kind === 'character').map((element) => element.extensions)).toEqual([[], ["CONT'D"], ['CONT’D']]);
  });
  it('turns emphasis into inline spans with source ranges, honouring escapes', () => {
    const [element] = parseFountain('A **bold** and _under *it*_ \\*not\\*').elements;
    expect(element?.text).toBe('A bold and under it *not*');
    expect(element?.emphasis.map((span) => [span.style, element.text.slice(span.start, span.end), span.range.start.offset, span.range.end.offset])).toEqual([
      ['bold', 'bold', 2, 10],
      ['underline', 'under it', 15, 27],
      ['italic', 'it', 22, 26],
    ]);
  });
  it('keeps a blank line of two spaces inside dialogue', () => {
    expect(kindsAndText('DEALER\nSeven.\n  \nHit or stand?')).toEqual([['character', 'DEALER'], ['dialogue', 'Seven.\n\nHit or stand?']]);
  });
  it('takes scene numbers off the heading and gives scenes stable ids', () => {
    const screenplay = parseFountain('INT. A - DAY #1A#\n\nX.\n\nINT. B - NIGHT\n\nY.\n\nINT. B - NIGHT\n\nZ.');
    expect(screenplay.scenes.map((scene) => [scene.id, scene.heading, scene.sceneNumber, scene.setting, scene.location, scene.timeOfDay])).toEqual([
      ['scene-1a', 'INT. A - DAY', '1A', 'INT', 'A', 'DAY'],
      ['int-b-night', 'INT. B - NIGHT', undefined, 'INT', 'B', 'NIGHT'],
      ['int-b-night-2', 'INT. B - NIGHT', undefined, 'INT', 'B', 'NIGHT'],
    ]);
    expect(screenplay.locations).toEqual([{ name: 'A', scenes: ['scene-1a'] }, { name: 'B', scenes: ['int-b-night', 'int-b-night-2'] }]);
  });
  it('reads "FADE IN:" alone at the top as action, not as a title page', () => {
    const screenplay = parseFountain('FADE IN:\n\nINT. A - DAY');
    expect(screenplay.titlePage.entries).toEqual([]);
    expect(screenplay.elements.map((element) => element.kind)).toEqual(['action', 'scene-heading']);
  });
  it('gives an unclosed boneyard and note back as text', () => {
    expect(kindsAndText('A /* open\n\nB [[ open\n\nC ]]')).toEqual([['action', 'A /* open'], ['action', 'B [[ open'], ['action', 'C ]]']]);
  });
});
