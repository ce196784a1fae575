import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { findScriptProblems } from './script-problems.js';

const summary = (text: string) =>
  findScriptProblems(parseFountain(text)).map((problem) => [problem.ruleId, problem.range.start.line, problem.message]);

describe('findScriptProblems', () => {
  it('reports a scene number used twice, at the second scene', () => {
    expect(summary('INT. A - DAY #1#\n\nA.\n\nINT. B - DAY #1#\n\nB.\n')).toEqual([
      ['fountain/duplicate-scene-number', 4, 'Scene number 1 is used by an earlier scene too.'],
    ]);
  });

  it('reports a ^ with no speaker right before it, and not a real dual exchange', () => {
    expect(summary('INT. A - DAY\n\nALICE ^\nHey.\n')).toEqual([
      ['fountain/dual-dialogue-without-partner', 2, 'The ^ after ALICE marks dual dialogue, but no speaker comes right before it.'],
    ]);
    expect(summary('INT. A - DAY\n\nBOB\nHi.\n\nALICE ^\nHey.\n')).toEqual([]);
  });

  it('reports unclosed boneyard and notes', () => {
    expect(summary('INT. A - DAY\n\nBob. /* cut\n\nMore.\n\nShe [[ waits\n\nEnd.\n')).toEqual([
      ['fountain/unclosed-boneyard', 2, 'This /* is never closed with */, so the text after it prints.'],
      ['fountain/unclosed-note', 6, 'This [[ is not closed with ]] before a blank line, so it prints as text.'],
    ]);
  });
});
