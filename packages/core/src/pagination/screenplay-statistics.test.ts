import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { paginateScreenplay } from './paginate-screenplay.js';
import { computeStatistics } from './screenplay-statistics.js';

const corpus = sharedFolder('corpus');

describe('computeStatistics', () => {
  it('measures scenes on the printed page: heading to next heading, in eighths of 54 lines', () => {
    // Scene 1: heading, blank, 27 action lines, blank, cue, dialogue = 31 lines; two blank lines lead into scene 2.
    const action = Array.from({ length: 27 }, (_, index) => `Line ${index + 1}.`).join('\n');
    const script = `INT. KITCHEN - NIGHT\n\n${action}\n\nBOB\nHello there.\n\nEXT. YARD - DAY\n\nANN\n(quietly)\nHi.`;
    const statistics = computeStatistics(parseFountain(script));
    expect(statistics.scenes).toEqual([
      { id: 'int-kitchen-night', page: 1, eighths: 5, setting: 'INT', timeOfDay: 'NIGHT', location: 'KITCHEN' },
      { id: 'ext-yard-day', page: 1, eighths: 1, setting: 'EXT', timeOfDay: 'DAY', location: 'YARD' },
    ]);
    expect([statistics.pages, statistics.exactPages, statistics.runtimeMinutes]).toEqual([1, 0.72, 1]);
    expect(statistics.method).toBe('1 US Letter page as Final Draft sets them, 54 lines a page');
  });

  it('reuses pages already laid out, and measures A4 on its own 58 lines', () => {
    const screenplay = parseFountain(`INT. HALL - DAY\n\n${'Word. '.repeat(3000)}`);
    const a4 = paginateScreenplay(screenplay, { paper: 'a4' });
    expect(computeStatistics(screenplay, { paginated: a4 })).toEqual(computeStatistics(screenplay, { paper: 'a4' }));
    expect(computeStatistics(screenplay).exactPages).toBeGreaterThan(computeStatistics(screenplay, { paper: 'a4' }).exactPages);
  });

  corpus.it('Big Fish: 127 US Letter pages as Final Draft 11 prints it, the last one part full (126 minutes); scene lengths add up to the pages', () => {
    const statistics = computeStatistics(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')));
    expect([statistics.pages, statistics.runtimeMinutes, statistics.scenes.length]).toEqual([127, 126, 192]);
    const eighths = statistics.scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    // Each scene is rounded to the nearest eighth (and at least 1/8): the sum stays within an eighth per scene of the pages.
    expect(Math.abs(eighths / 8 - statistics.exactPages)).toBeLessThan(statistics.scenes.length / 16);
  });
});
