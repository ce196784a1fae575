import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from './parse-fountain.js';
import { computeStatistics } from './screenplay-statistics.js';

const corpus = sharedFolder('corpus');

describe('computeStatistics', () => {
  it('measures a small script by the documented method', () => {
    const statistics = computeStatistics(parseFountain(`INT. KITCHEN - NIGHT\n\n${'word '.repeat(30)}\n\nBOB\nHello there, Ann.\n\nEXT. YARD - DAY\n\nANN\n(quietly)\nHi.`));
    // Heading 1+1, action 149 chars -> 3+1, cue 1+1, speech 1 | heading 1+1, cue 1+1, parenthetical 1, speech 1.
    expect(statistics.printedLines).toBe(15);
    expect(statistics.scenes).toEqual([
      { id: 'int-kitchen-night', eighths: 1, setting: 'INT', timeOfDay: 'NIGHT', location: 'KITCHEN' },
      { id: 'ext-yard-day', eighths: 1, setting: 'EXT', timeOfDay: 'DAY', location: 'YARD' },
    ]);
    expect(statistics.runtimeMinutes).toBe(0);
  });
  corpus.it('estimates Big Fish at about the length of its shooting script', () => {
    const statistics = computeStatistics(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')));
    expect(statistics.pages).toBeGreaterThan(95);
    expect(statistics.pages).toBeLessThan(135);
  });
});
