import { describe, expect, it } from 'vitest';
import type { CaptionCue } from './caption-cue.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';
import { parseWebVtt } from './parse-webvtt.js';
import { writeWebVtt } from './write-webvtt.js';

const cues: CaptionCue[] = [
  { start: 1, end: 2.5, lines: ['Who is there?'], id: 'c1' },
  { start: 2.583, end: 5, lines: ['Fish & chips <cheap> --> tonight', 'at Port Aven.'], settings: 'line:0 align:start' },
  { start: 360_000, end: 360_001.5, lines: ['Still here.'] },
];

describe('writeWebVtt / parseWebVtt', () => {
  it('writes the header, notes, identifiers, settings and escaped text', () => {
    expect(writeWebVtt(cues, { header: '- The Saltmarsh Light', notes: ['Made by Reelkit.', 'Two\nlines'] })).toBe(
      'WEBVTT - The Saltmarsh Light\n\n' +
        'NOTE Made by Reelkit.\n\n' +
        'NOTE\nTwo\nlines\n\n' +
        'c1\n00:00:01.000 --> 00:00:02.500\nWho is there?\n\n' +
        '00:00:02.583 --> 00:00:05.000 line:0 align:start\nFish &amp; chips &lt;cheap&gt; --&gt; tonight\nat Port Aven.\n\n' +
        '100:00:00.000 --> 100:00:01.500\nStill here.\n',
    );
  });

  it('round-trips its own output exactly', () => {
    const text = writeWebVtt(cues, { header: 'Title', notes: ['A note'] });
    expect(parseWebVtt(text)).toEqual({ cues, issues: [], header: 'Title', notes: [{ line: 3, text: 'A note' }] });
  });

  it('reads foreign files: BOM, CRLF, MM:SS times, tags, voices, entities, STYLE blocks, no final newline', () => {
    const text =
      '\uFEFFWEBVTT\r\nKind: captions\r\n\r\nSTYLE\r\n::cue { color: yellow }\r\n\r\n' +
      '01:02.500 --> 01:04.000\r\n<v Mara Voss><i>Light</i> the lamp&nbsp;now &#x263A;</v>\r\n\r\n' +
      'NOTE\r\nnot a cue\r\n\r\n' +
      'two\r\n00:01:05.000 --> 00:01:06.000 position:10%\r\nR&amp;D';
    expect(parseWebVtt(text)).toEqual({
      cues: [
        { start: 62.5, end: 64, lines: ['Light the lamp\u00A0now ☺'], speaker: 'Mara Voss' },
        { start: 65, end: 66, lines: ['R&D'], id: 'two', settings: 'position:10%' },
      ],
      issues: [],
      header: '',
      notes: [{ line: 10, text: 'not a cue' }],
    });
  });

  it('reports a missing signature and broken blocks as issues with line numbers', () => {
    const result = parseWebVtt('00:00:01.000 --> 00:00:02.000\nHi\n\njust text\n\n00:00:xx.000 --> 00:00:03.000\nBad');
    expect(result.cues).toEqual([{ start: 1, end: 2, lines: ['Hi'] }]);
    expect(result.issues).toEqual([
      { line: 1, message: 'A WebVTT file must start with "WEBVTT".' },
      { line: 4, message: 'Expected a cue timing line like "00:00:01.000 --> 00:00:02.000" in "just text".' },
      { line: 6, message: 'The timing line "00:00:xx.000 --> 00:00:03.000" has a malformed time.' },
    ]);
  });

  it('refuses what would corrupt the file', () => {
    expect(() => writeWebVtt([], { notes: ['a --> b'] })).toThrow(InvalidCaptionInputError);
    expect(() => writeWebVtt([], { notes: ['one\n\ntwo'] })).toThrow(InvalidCaptionInputError);
    expect(() => writeWebVtt([{ start: 0, end: 1, lines: [], id: 'a-->b' }])).toThrow('A WebVTT cue identifier cannot contain "-->" or a line break: "a-->b".');
    expect(() => writeWebVtt([], { header: 'two\nlines' })).toThrow(InvalidCaptionInputError);
    expect(() => writeWebVtt([{ start: 0, end: 1, lines: ['x'], id: 'NOTE 1' }])).toThrow(InvalidCaptionInputError);
    expect(writeWebVtt([{ start: 0, end: 1, lines: ['x'], id: 'NOTEBOOK' }])).toBe('WEBVTT\n\nNOTEBOOK\n00:00:00.000 --> 00:00:01.000\nx\n');
  });
});
