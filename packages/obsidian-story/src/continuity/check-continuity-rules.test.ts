import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { checkContinuityRules } from './check-continuity-rules.js';

describe('checkContinuityRules on the example vault', () => {
  it('finds the planted problems and nothing in the clean scenes', async () => {
    const findings = checkContinuityRules(await loadExampleStoryBible());
    expect(findings.map((found) => [found.finding.ruleId, found.sceneId, found.entryId ?? ''])).toEqual([
      ['continuity.after-death', 'scene-09', 'gideon-pell'],
      ['continuity.date-order', 'scene-10', ''],
    ]);
    expect(findings[0]?.finding.evidence).toBe('Gideon lit his pipe by the door and nodded at her, as he always had when she told a lie well.');
    expect(findings[0]?.finding.message).toBe('Gideon Pell acts in "The inquest", but the story bible records their death before the story begins.');
    expect(findings[1]?.finding.message).toBe('"The last entry" is dated 1894-05-30, before "The inquest" (1894-06-02) which comes earlier in the story.');
  });

  it('reports characters away for three scenes or more when asked, with the gap in words', async () => {
    const findings = checkContinuityRules(await loadExampleStoryBible(), 3).filter((found) => found.finding.ruleId === 'continuity.long-absence');
    expect(findings.map((found) => found.finding.message)).toEqual([
      'Dmitri Orlov returns in "The last entry" after 3 scenes away (last seen in "The survivor").',
      'Fitz returns in "The survivor" after 3 scenes away (last seen in "The keeper").',
      'Gideon Pell returns in "The inquest" after 3 scenes away (last seen in "One hand").',
      'Tobin Ash returns in "Spring" after 3 scenes away (last seen in "The gears").',
    ]);
  });
});
