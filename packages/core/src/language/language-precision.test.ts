import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { heldOutLines, labelledLines, tuningLines, type LabelledLine } from './__fixtures__/labelled-lines.js';
import { createLanguageLinter } from './language-linter.js';

const linter = createLanguageLinter();

/** Each line linted as the action of a one-scene script, with what the lint got right and wrong. */
function verdicts(lines: readonly LabelledLine[]) {
  const judged = lines.map((line) => ({ line, findings: linter.lint(parseFountain(`INT. ROOM - DAY\n\n${line.text}\n`)) }));
  const truePositives = judged.filter(({ line, findings }) => line.flagged && findings.length > 0).length;
  const falsePositives = judged.filter(({ line, findings }) => !line.flagged && findings.length > 0).map(({ line }) => line.text);
  const missed = judged.filter(({ line, findings }) => line.flagged && findings.length === 0).map(({ line }) => line.text);
  return {
    judged,
    falsePositives,
    missed,
    precision: truePositives / (truePositives + falsePositives.length),
    recall: truePositives / (truePositives + missed.length),
  };
}

describe('language lint on the labelled set', () => {
  const all = verdicts(labelledLines);

  it('holds at least 200 lines, half of them flagged, with at least 80 held out (also half flagged)', () => {
    expect(labelledLines.length).toBeGreaterThanOrEqual(200);
    expect(labelledLines.filter((line) => line.flagged).length).toBe(labelledLines.length / 2);
    expect(heldOutLines.length).toBeGreaterThanOrEqual(80);
    expect(heldOutLines.filter((line) => line.flagged).length).toBe(heldOutLines.length / 2);
    expect(labelledLines.length).toBe(tuningLines.length + heldOutLines.length);
  });

  it('reaches a precision of at least 0.9 and a recall of at least 0.85 on the whole set', () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('fires the labelled rule on every flagged line it catches', () => {
    const wrongRule = all.judged.filter(({ line, findings }) => line.flagged && findings.length > 0 && !findings.some((finding) => finding.ruleId === line.ruleId));
    expect(wrongRule.map(({ line }) => line.text)).toEqual([]);
  });

  it('gets every tuning line right: no pronoun, family word or near-miss flagged, nothing missed', () => {
    const tuning = verdicts(tuningLines);
    expect(tuning.falsePositives).toEqual([]);
    expect(tuning.missed).toEqual([]);
  });

  it('reaches 0.9 precision and 0.85 recall on the held-out lines, with exactly these known errors', () => {
    const heldOut = verdicts(heldOutLines);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.85);
    // Left as they are: fixing them by hand would be tuning on the held-out lines. "manned"/"unmanned" are left out
    // on purpose (gender-rules.ts), so those two lines stay misses.
    expect(heldOut.falsePositives).toEqual(['A poster for Psycho hangs in the projection booth.']);
    expect(heldOut.missed).toEqual([
      'The space museum celebrates fifty years of manned flight.',
      'An unmanned drone hums low over the wheat field.',
      'The weather is bipolar today: sun, hail, sun again.',
      'Two towelheads argue over the price of a rug.',
    ]);
  });
});
