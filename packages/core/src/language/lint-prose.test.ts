import { describe, expect, it } from 'vitest';
import { lintProse } from './lint-prose.js';

describe('lintProse', () => {
  it('finds the same rules as the screenplay lint in plain text, placed by line and column', () => {
    const [finding, ...rest] = lintProse('The Board of Trade.\nIt never had the manpower to patrol the coast.');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'lang.gendered-generic',
      evidence: 'manpower',
      range: { start: { line: 1, column: 17, offset: 37 }, end: { line: 1, column: 25, offset: 45 } },
    });
  });

  it('returns nothing for ordinary prose', () => {
    expect(lintProse('Mara rows out at dawn; her brother waits on the jetty.')).toEqual([]);
  });
});
