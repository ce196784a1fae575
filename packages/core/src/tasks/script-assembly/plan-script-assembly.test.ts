import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { spokenWords } from '../rough-cut/__fixtures__/spoken-words.js';
import { planScriptAssembly } from './plan-script-assembly.js';

const fountain = [
  'INT. LIGHTHOUSE - NIGHT', '', 'MARA', 'The storm hit the lighthouse at midnight.', '', 'TOM', 'We have to go down to the rocks.', '',
  'EXT. ROCKS - NIGHT', '', 'MARA', 'Someone is out there on the rocks!', '', 'TOM', 'I see nothing at all.', '',
].join('\n');

// Clip A covers the lighthouse: two takes of Mara's line (the second one fluffed a word), a slate, then Tom.
const clipA = [
  ...spokenWords(1, 'The storm hit the lighthouse at midnight.'), // take 1: 1–2.75
  ...spokenWords(5, 'Reset, going again.'),
  ...spokenWords(8, 'The storm hit the old lighthouse at midnight.'), // take 2: 8–10
  ...spokenWords(12, 'We have to go down to the rocks.'), // 12–14
];
// Clip B: the rocks, said once, before some crew talk.
const clipB = [...spokenWords(0.5, 'Someone is out there on the rocks!'), ...spokenWords(4, 'That was lovely, thanks.')];

describe('planScriptAssembly', () => {
  it('orders the best takes by scene and line, marks the scenes, and lists what was never said', () => {
    const assembly = planScriptAssembly({ screenplay: parseFountain(fountain), sources: [{ id: 'A.mov', words: clipA }, { id: 'B.mov', words: clipB }] });
    expect(assembly.clips.map((clip) => [clip.sourceId, clip.character, clip.sourceStart, clip.sourceEnd, clip.planStart, clip.planEnd, clip.similarity, clip.takesFound])).toEqual([
      // Take 1 is word for word; take 2 added "old" (7/8 alike), more than the 0.05 tie margin below: take 1 wins.
      ['A.mov', 'MARA', 0.9, 2.85, 0, 1.95, 1, 2],
      ['A.mov', 'TOM', 11.9, 14.1, 1.95, 4.15, 1, 1],
      ['B.mov', 'MARA', 0.4, 2.35, 4.15, 6.1, 1, 1],
    ]);
    expect(assembly.scenes).toEqual([
      { sceneId: 'int-lighthouse-night', heading: 'INT. LIGHTHOUSE - NIGHT', planStart: 0, planEnd: 4.15 },
      { sceneId: 'ext-rocks-night', heading: 'EXT. ROCKS - NIGHT', planStart: 4.15, planEnd: 6.1 },
    ]);
    expect(assembly.missing.map((line) => [line.character, line.text])).toEqual([['TOM', 'I see nothing at all.']]);
    expect(assembly.planSeconds).toBe(6.1);
  });

  it('keeps the last take when takes are equally good', () => {
    const twice = [...spokenWords(1, 'We have to go down to the rocks.'), ...spokenWords(6, 'We have to go down to the rocks.')];
    const assembly = planScriptAssembly({ screenplay: parseFountain(fountain), sources: [{ id: 'A.mov', words: twice }], options: { handleSeconds: 0 } });
    expect(assembly.clips.map((clip) => [clip.sourceStart, clip.takesFound])).toEqual([[6, 2]]);
  });
});
