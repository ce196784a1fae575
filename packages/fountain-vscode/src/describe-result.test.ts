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
});
