import { describe, expect, it } from 'vitest';
import { describeResult } from './describe-result.js';

describe('describeResult', () => {
  it('names the model and cost when nothing was found', () => {
    expect(describeResult({ provider: 'openai', modelId: 'gpt-4.1-mini', cost: { usd: 0.00012, incomplete: false }, findings: [] })).toBe('openai/gpt-4.1-mini, $0.0001. No findings.');
  });

  it('lists warnings and leaves out info findings; an unpriced model has an unknown cost', () => {
    const findings = [
      { ruleId: 'a', category: 'originality', severity: 'warning', message: 'Repeats 40 words of the script.' },
      { ruleId: 'b', category: 'format', severity: 'info', message: 'Ignored.' },
    ] as const;
    expect(describeResult({ provider: 'vscode-lm', modelId: 'copilot/gpt-4o', cost: { usd: 0, incomplete: true }, findings })).toBe('vscode-lm/copilot/gpt-4o, cost unknown. 1 finding: Repeats 40 words of the script.');
  });

  it('names the replacement of a language finding, and only of those', () => {
    const findings = [
      { ruleId: 'lang.gendered-job-title', category: 'language', severity: 'warning', message: '“fireman”: Narration that genders a job.', suggestion: 'firefighter' },
      { ruleId: 'originality.verbatim-overlap', category: 'originality', severity: 'warning', message: '12 words are copied verbatim from the scene.', suggestion: 'Rewrite the passage.' },
    ] as const;
    expect(describeResult({ provider: 'local', modelId: 'llama3.1', cost: { usd: 0, incomplete: false }, findings })).toBe(
      'local/llama3.1, $0.0000. 2 findings: “fireman”: Narration that genders a job. Instead: firefighter. 12 words are copied verbatim from the scene.',
    );
  });
});
