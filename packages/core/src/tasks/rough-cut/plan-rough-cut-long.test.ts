import { describe, expect, it } from 'vitest';
import { spokenWords } from './__fixtures__/spoken-words.js';
import { planRoughCut } from './plan-rough-cut.js';
import { summarizeRoughCut } from './summarize-rough-cut.js';

/** `blocks` 15-second beats: a false start, the full line, a line opening with "Um," and 10 s without speech. */
function interview(blocks: number) {
  return Array.from({ length: blocks }, (_, block) => {
    const at = block * 15;
    return [
      ...spokenWords(at, `The storm ${block}a`),
      ...spokenWords(at + 1.75, `The storm ${block}a hit ${block}b the lighthouse.`),
      ...spokenWords(at + 3.75, `Um, it was ${block}c dark.`),
    ];
  }).flat();
}

describe('planRoughCut on an hour of speech', () => {
  const tenth = planRoughCut(interview(24), 360);
  const hour = planRoughCut(interview(240), 3600);

  it('finds every cut of an hour-long transcript', () => {
    expect(hour.work).toMatchObject({ words: 240 * 15, lines: 240 * 3 });
    expect(summarizeRoughCut(hour).removed).toEqual({
      // 0.7 s after each false start, 9.7 s between beats; the last runs to the end without padding: 0.15 s more.
      silence: { count: 480, seconds: 2496.15 },
      filler: { count: 240, seconds: 60 },
      retake: { count: 240, seconds: 180 },
    });
    // Each beat keeps the full line with its padding (1.6–3.75) and the rest after "Um," (4.0–5.15).
    expect(hour.kept.slice(0, 2)).toEqual([
      { sourceStart: 1.6, sourceEnd: 3.75, planStart: 0, planEnd: 2.15 },
      { sourceStart: 4, sourceEnd: 5.15, planStart: 2.15, planEnd: 3.3 },
    ]);
    expect([hour.kept.length, hour.planSeconds]).toEqual([480, 792]);
  });

  it('does work linear in its length: ten times the speech, ten times the comparisons', () => {
    // Takes are compared only within 6 lines: each line meets at most 6 later ones, at most twice (same line, false start).
    expect(hour.work.comparisons).toBeLessThanOrEqual(12 * hour.work.lines);
    // Per beat: each of its 3 lines meets 6 later lines, twice (same line, then false start) for the 2 nearest: 3 × 8.
    // The last lines of a transcript have fewer neighbours: 24 comparisons fewer, once per plan, whatever its length.
    expect([tenth.work.comparisons, hour.work.comparisons]).toEqual([24 * 24 - 24, 240 * 24 - 24]);
    // Word-table cells per beat: 102 + 221 + 137 for its lines of 3, 7 and 4 words ("Um" ignored) against six neighbours.
    expect(hour.work.cells - tenth.work.cells).toBe(216 * 460);
  });
});
