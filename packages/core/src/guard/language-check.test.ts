import { describe, expect, it } from 'vitest';
import { createFountainLanguageCheck, createLanguageCheck } from './language-check.js';

const run = (format: 'fountain' | 'prose', text: string) =>
  (format === 'fountain' ? createFountainLanguageCheck() : createLanguageCheck()).run({ stage: 'output', text, task: 'continue', references: [] }) as readonly { ruleId: string; evidence?: string }[];

describe('createLanguageCheck', () => {
  it('flags narration in generated Fountain and leaves a character’s dialogue alone', () => {
    const fountain = 'INT. HALL - DAY\n\nThe chairman bangs the gavel.\n\nBOB\nThe chairman is late.\n';
    expect(run('fountain', fountain).map((finding) => finding.evidence)).toEqual(['chairman']);
  });
  it('lints the whole of generated prose', () => {
    expect(run('prose', 'The chairman is late, as the chairman always is.').map((finding) => finding.evidence)).toEqual(['chairman', 'chairman']);
  });
  it('finds nothing in neutral text', () => {
    expect(run('prose', 'The chair bangs the gavel.')).toEqual([]);
  });
});
