import { describe, expect, it } from 'vitest';
import type { CaptionCue } from './caption-cue.js';
import { formatTimestamp } from './format-timestamp.js';
import { InvalidCaptionInputError } from './invalid-caption-input-error.js';
import { parseSrt } from './parse-srt.js';
import { parseTimestamp } from './parse-timestamp.js';
import { writeSrt } from './write-srt.js';

const cues: CaptionCue[] = [
  { start: 1, end: 2.5, lines: ['Who is there?'] },
  { start: 2.583, end: 5.0004, lines: ['Only me, Mara. <Tobin> & the boat,', 'back from Port Aven.'] },
  { start: 360_000.25, end: 360_001, lines: ['A hundred hours in.'] },
];

describe('writeSrt / parseSrt', () => {
  it('writes numbered cues with comma timestamps and hours past 99', () => {
    expect(writeSrt(cues)).toBe(
      '1\n00:00:01,000 --> 00:00:02,500\nWho is there?\n\n' +
        '2\n00:00:02,583 --> 00:00:05,000\nOnly me, Mara. <Tobin> & the boat,\nback from Port Aven.\n\n' +
        '3\n100:00:00,250 --> 100:00:01,000\nA hundred hours in.\n',
    );
  });

  it('round-trips its own output exactly (times to the millisecond)', () => {
    const { cues: read, issues } = parseSrt(writeSrt(cues, { lineEnding: '\r\n' }));
    expect(issues).toEqual([]);
    expect(read).toEqual(cues.map((cue) => ({ ...cue, end: Math.round(cue.end * 1000) / 1000 })));
  });

  it('tolerates a BOM, CRLF, no cue numbers, dots, tags, extra blank lines and no final newline', () => {
    const text = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20\r\n<i>Hello</i>\r\n\r\n\r\n00:00:03.5 --> 00:00:04.250\r\n{\\an8}World';
    expect(parseSrt(text)).toEqual({
      cues: [
        { start: 1, end: 2, lines: ['Hello'] },
        { start: 3.5, end: 4.25, lines: ['World'] },
      ],
      issues: [],
    });
  });

  it('reports unreadable blocks with their line numbers and keeps the rest', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nFine\n\n2\nno timing here\n\n3\n00:00:99,000 --> 00:01:00,000\nBad\n\n4\n00:00:05,000 --> 00:00:04,000\nBackwards\n';
    const result = parseSrt(text);
    expect(result.cues.map((cue) => cue.lines[0])).toEqual(['Fine', 'Backwards']);
    expect(result.issues).toEqual([
      { line: 6, message: 'Expected a timing line like "00:00:01,000 --> 00:00:02,000", found "no timing here".' },
      { line: 9, message: 'The timing line "00:00:99,000 --> 00:01:00,000" has a malformed time.' },
      { line: 13, message: 'The cue ends before it starts ("00:00:05,000 --> 00:00:04,000").' },
    ]);
  });

  it('refuses to write a cue that ends before it starts, or a negative time', () => {
    expect(() => writeSrt([{ start: 2, end: 1, lines: ['x'] }])).toThrow(InvalidCaptionInputError);
    expect(() => formatTimestamp(-1, ',')).toThrow('A caption time must be a number of seconds from 0 up, not -1.');
  });
});

describe('timestamps', () => {
  it('formats and parses both separators', () => {
    expect([formatTimestamp(0, ','), formatTimestamp(3661.0015, '.'), formatTimestamp(59.9996, ',')]).toEqual(['00:00:00,000', '01:01:01.002', '00:01:00,000']);
    expect([parseTimestamp('01:01:01.002'), parseTimestamp('1:02.5'), parseTimestamp('100:00:00,000'), parseTimestamp('00:60:00,000'), parseTimestamp('soon')]).toEqual([3661.002, 62.5, 360000, undefined, undefined]);
  });
});
