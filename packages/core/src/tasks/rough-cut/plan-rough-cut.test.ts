import { describe, expect, it } from 'vitest';
import { spokenWords } from './__fixtures__/spoken-words.js';
import { planRoughCut } from './plan-rough-cut.js';
import { selectCuts } from './select-cuts.js';
import { summarizeRoughCut } from './summarize-rough-cut.js';

// 12 s of an interview: a false start, the full line, a take with "Um" later redone, and a "you know".
const words = [
  ...spokenWords(0.5, 'So the storm'), // 0.5–1.25, then a 1 s pause: a false start
  ...spokenWords(2.25, 'So the storm hit the lighthouse.'), // 2.25–3.75
  ...spokenWords(4, 'Um, we have to go.'), // 4–5.25
  ...spokenWords(7, 'We have to go now.'), // 7–8.25, after 1.75 s without speech
  ...spokenWords(8.5, 'You know, it was dark.'), // 8.5–9.75
];

describe('planRoughCut', () => {
  it('proposes silences, fillers and retakes with their reasons, and keeps the last good take', () => {
    const plan = planRoughCut(words, 12, { language: 'en-us' });
    expect(plan.cuts.map((cut) => [cut.id, cut.start, cut.end, cut.selected, cut.note])).toEqual([
      ['retake-1', 0.5, 1.25, true, 'Incomplete take 1 of 2 of “So the storm hit the lighthouse.”; the last good take starts at 0:02.3.'],
      ['silence-1', 1.4, 2.1, true, '1.0 s without speech.'],
      ['filler-1', 4, 4.25, true, 'Hesitation “Um,” (*.um).'],
      ['retake-2', 4, 5.25, true, 'Take 1 of 2 of “We have to go now.”; the last good take starts at 0:07.0.'],
      ['silence-2', 5.4, 6.85, true, '1.8 s without speech.'],
      ['filler-2', 8.5, 9, false, '“You know,” (en.you-know) may carry meaning here: tick it to cut.'],
      ['silence-3', 9.9, 12, true, '2.3 s without speech.'],
    ]);
    // The first 0.5 s is shorter than the 0.75 s threshold: not a silence. Kept: the lead-in, the full line (with
    // its padding), then "We have to go now. You know, it was dark." with its padding.
    expect(plan.kept).toEqual([
      { sourceStart: 0, sourceEnd: 0.5, planStart: 0, planEnd: 0.5 },
      { sourceStart: 2.1, sourceEnd: 4, planStart: 0.5, planEnd: 2.4 },
      { sourceStart: 6.85, sourceEnd: 9.9, planStart: 2.4, planEnd: 5.45 },
    ]);
    expect(plan.planSeconds).toBe(5.45);
    expect(summarizeRoughCut(plan).text).toBe('Removed 3 silences (4.3 s), 1 filler (0.3 s), 2 retakes (2.0 s): 0:12.0 → 0:05.5.');
  });

  it('recomputes the kept ranges when the editor unticks a cut, and leaves silences as gaps when asked', () => {
    const plan = planRoughCut(words, 12, { language: 'en', silences: { mode: 'gap', minSeconds: 1.5 } });
    expect(plan.cuts.filter((cut) => cut.reason === 'silence').map((cut) => [cut.start, cut.end, cut.mode])).toEqual([
      [5.4, 6.85, 'gap'],
      [9.9, 12, 'gap'],
    ]);
    const kept = selectCuts(plan, { 'retake-2': false, 'filler-2': true });
    expect(kept.cuts.find((cut) => cut.id === 'retake-2')?.selected).toBe(false);
    // Retake 1 removed (0.5–1.25); "Um," removed; the 1.45 s silence stays in the timeline as an empty gap;
    // "You know," cut; the trailing silence is a gap too, so the sequence ends at the source's length less what was removed.
    expect(kept.kept).toEqual([
      { sourceStart: 0, sourceEnd: 0.5, planStart: 0, planEnd: 0.5 },
      { sourceStart: 1.25, sourceEnd: 4, planStart: 0.5, planEnd: 3.25 },
      { sourceStart: 4.25, sourceEnd: 5.4, planStart: 3.25, planEnd: 4.4 },
      { sourceStart: 6.85, sourceEnd: 8.5, planStart: 5.85, planEnd: 7.5 },
      { sourceStart: 9, sourceEnd: 9.9, planStart: 7.5, planEnd: 8.4 },
    ]);
    expect(kept.planSeconds).toBe(10.5);
    expect(summarizeRoughCut(kept).text).toBe('Removed 2 silences (3.6 s, left as gaps), 2 fillers (0.8 s), 1 retake (0.8 s): 0:12.0 → 0:10.5.');
  });

  it('uses the language for fillers: German "äh" is cut in German speech and left alone when the language is unknown', () => {
    const german = [...spokenWords(0, 'Äh, wir müssen los.')];
    expect(planRoughCut(german, 1, { language: 'de-de', silences: false }).cuts.map((cut) => cut.ruleId)).toEqual(['de.äh']);
    expect(planRoughCut(german, 1, { silences: false }).cuts).toEqual([]);
    expect(planRoughCut([{ ...german[0]!, filler: true }], 1, { silences: false }).cuts.map((cut) => cut.ruleId)).toEqual(['transcript.filler']);
  });

  it('keeps everything when nothing is proposed, and cuts a silent clip to nothing', () => {
    const plan = planRoughCut(spokenWords(0, 'Hello there.'), 0.5, { retakes: false });
    expect([plan.cuts, plan.kept, plan.planSeconds]).toEqual([[], [{ sourceStart: 0, sourceEnd: 0.5, planStart: 0, planEnd: 0.5 }], 0.5]);
    expect(planRoughCut([], 3).kept).toEqual([]);
    expect(summarizeRoughCut(planRoughCut([], 3)).text).toBe('Removed 1 silence (3.0 s): 0:03.0 → 0:00.0.');
  });
});
