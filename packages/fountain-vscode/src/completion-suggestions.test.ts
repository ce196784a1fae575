import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { suggestCompletions, type CompletionRequest } from './completion-suggestions.js';

const script = [
  'INT. KITCHEN - DAY',
  '',
  'MOM',
  'Eat.',
  '',
  'EXT. GARDEN - NIGHT',
  '',
  'EDWARD',
  'Hello.',
  '',
  'SANDRA',
  'Hi. [[she smiles]]',
  '',
  'EDWARD',
  'Nice night.',
  '',
  '',
  'EXT. GARDEN - DAY',
  '',
  'MOM',
  'Again.',
  '',
  'MOM',
  'Still.',
  '',
  'X',
].join('\n');

/** A request with the cursor after `linePrefix` on `line` (the rest of that line is ignored). */
function at(text: string, line: number, linePrefix: string): CompletionRequest {
  const lines = text.split('\n');
  const lineStart = lines.slice(0, line).reduce((sum, current) => sum + current.length + 1, 0);
  return {
    offset: lineStart + linePrefix.length,
    linePrefix,
    previousLine: line === 0 ? undefined : lines[line - 1],
    titleBlockAbove: lines.slice(0, line).some((current) => current.trim() === '') ? undefined : lines.slice(0, line),
  };
}

const labels = (text: string, line: number, prefix: string) =>
  suggestCompletions(parseFountain(text), at(text, line, prefix)).map((suggestion) => `${suggestion.kind}:${suggestion.label}`);

describe('suggestCompletions', () => {
  it('offers the other speaker of the exchange first after a blank line, then scene prefixes', () => {
    expect(labels(script, 16, '')).toEqual([
      'character:SANDRA',
      'character:EDWARD',
      'character:MOM',
      'scene-prefix:INT.',
      'scene-prefix:EXT.',
      'scene-prefix:INT./EXT.',
      'scene-prefix:EST.',
      'scene-prefix:I/E.',
    ]);
  });

  it('offers no names to a line typed in lower case, only scene prefixes it could begin', () => {
    expect(labels(script, 16, 'The')).toEqual([]);
    expect(labels(script, 16, 'in')).toEqual(['scene-prefix:INT.', 'scene-prefix:INT./EXT.']);
  });

  it('replaces only the typed part of a cue, without the forcing @', () => {
    const [first] = suggestCompletions(parseFountain(script), at(script, 16, '@SA'));
    expect(first).toEqual({ label: 'SANDRA', kind: 'character', sortText: '00000', insertText: 'SANDRA', replaceLength: 2 });
  });

  it('offers nothing inside a note or after a line of dialogue', () => {
    expect(labels(script, 11, 'Hi. [[she ')).toEqual([]);
    expect(labels(script, 11, 'Hi. [[')).toEqual([]);
    expect(labels(script, 9, 'Hello. ')).toEqual([]);
  });

  it('offers nothing on a line of a note that follows a line of spaces', () => {
    const text = 'INT. A - DAY\n\nMOM\nEat. [[she is tired\n  \nof this]]\n';
    expect(labels(text, 5, '')).toEqual([]);
    expect(labels(text.replace('[[', '(('), 5, '')[0]).toBe('character:MOM');
  });

  it('offers nothing inside boneyard', () => {
    const text = 'INT. A - DAY\n\n/*\n\nBOB\nHi.\n*/\n';
    expect(labels(text, 3, '')).toEqual([]);
  });

  it('offers locations after INT. and times of day after the dash, the script\u2019s own first', () => {
    expect(labels(script, 25, 'EXT. ')).toEqual(['location:GARDEN', 'location:KITCHEN']);
    expect(labels(script, 25, 'EXT. GARDEN - ').slice(0, 4)).toEqual([
      'time-of-day:DAY',
      'time-of-day:NIGHT',
      'time-of-day:MORNING',
      'time-of-day:AFTERNOON',
    ]);
  });

  it('offers the title page keys not yet used while the title page is typed', () => {
    const text = 'Title: Big Fish\nAu';
    expect(labels(text, 1, 'Au')).toEqual([
      'title-key:Credit',
      'title-key:Author',
      'title-key:Source',
      'title-key:Draft date',
      'title-key:Contact',
      'title-key:Copyright',
      'title-key:Notes',
      'title-key:Revision',
    ]);
  });
});
