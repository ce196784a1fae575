import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { planSceneNumberEdits, type SceneNumbering } from './scene-number-edits.js';

/** Applies the planned edits (from the end, so earlier offsets stay valid) and returns the new text. */
function renumber(text: string, numbering: SceneNumbering): string {
  const lines = text.split('\n');
  const edits = planSceneNumberEdits(parseFountain(text), (line) => lines[line] ?? '', numbering);
  return [...edits].sort((a, b) => b.offset - a.offset).reduce((result, edit) => result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length), text);
}

describe('planSceneNumberEdits', () => {
  it('numbers every scene in order, fixing wrong numbers and adding missing ones', () => {
    expect(renumber('INT. A - DAY #7#\n\nA.\n\nEXT. B - NIGHT\n\nB.\n\n.FLASHBACK #2#\n\nC.\n', 'number')).toBe(
      'INT. A - DAY #1#\n\nA.\n\nEXT. B - NIGHT #2#\n\nB.\n\n.FLASHBACK #3#\n\nC.\n',
    );
  });

  it('keeps the padding, prefix and suffix the writer chose', () => {
    expect(renumber('INT. A - DAY #SC05.#\n\nA.\n\nEXT. B - NIGHT\n\nB.\n', 'number')).toBe('INT. A - DAY #SC01.#\n\nA.\n\nEXT. B - NIGHT #SC02.#\n\nB.\n');
  });

  it('leaves correct headings untouched and removes numbers on request', () => {
    const text = 'INT. A - DAY #1#\n\nA.\n\nEXT. B - NIGHT #2#\n\nB.\n';
    expect(planSceneNumberEdits(parseFountain(text), (line) => text.split('\n')[line] ?? '', 'number')).toEqual([]);
    expect(renumber(text, 'remove')).toBe('INT. A - DAY\n\nA.\n\nEXT. B - NIGHT\n\nB.\n');
  });
});
