import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { sceneLenses } from './scene-lenses.js';

describe('sceneLenses', () => {
  it('offers Continue scene on every scene and Dialogue… where someone speaks, working at the scene end', () => {
    const script = 'INT. A - DAY\n\nBob waits.\n\nEXT. B - NIGHT\n\nBOB\nHi.\n';
    expect(sceneLenses(parseFountain(script))).toEqual([
      { line: 0, command: 'reelkit.continueScene', title: 'Continue scene', cursor: 24 },
      { line: 4, command: 'reelkit.continueScene', title: 'Continue scene', cursor: 49 },
      { line: 4, command: 'reelkit.writeDialogue', title: 'Dialogue…', cursor: 49 },
    ]);
  });
});
