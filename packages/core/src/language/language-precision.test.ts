import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { labelledLines } from './__fixtures__/labelled-lines.js';
import { createLanguageLinter } from './language-linter.js';

describe('language lint on the labelled set', () => {
  const linter = createLanguageLinter();
  const verdicts = labelledLines.map((line) => ({ line, findings: linter.lint(parseFountain(`INT. ROOM - DAY\n\n${line.text}\n`)) }));
  const truePositives = verdicts.filter(({ line, findings }) => line.flagged && findings.length > 0).length;
  const falsePositives = verdicts.filter(({ line, findings }) => !line.flagged && findings.length > 0);
  const flagged = labelledLines.filter((line) => line.flagged).length;

  it('holds at least 100 lines, half of them flagged', () => {
    expect(labelledLines.length).toBeGreaterThanOrEqual(100);
    expect(flagged).toBe(labelledLines.length / 2);
  });

  it('reaches a precision of at least 0.9', () => {
    expect(truePositives / (truePositives + falsePositives.length)).toBeGreaterThanOrEqual(0.9);
  });

  it('fires the labelled rule on every flagged line it catches', () => {
    const wrongRule = verdicts.filter(({ line, findings }) => line.flagged && findings.length > 0 && !findings.some((finding) => finding.ruleId === line.ruleId));
    expect(wrongRule.map(({ line }) => line.text)).toEqual([]);
  });

  it('says nothing about pronouns, family words and the neutral rewrites', () => {
    expect(falsePositives.map(({ line }) => line.text)).toEqual([]);
  });
});
