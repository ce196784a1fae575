import { AbortError, MissingApiKeyError, ReelkitError } from '@reelkit/core/errors';
import { describe, expect, it } from 'vitest';
import { describeAiFailure } from './ai-failure-notice.js';

describe('describeAiFailure', () => {
  it('offers Set API key for the provider whose key is missing', () => {
    expect(describeAiFailure('Continue scene', new MissingApiKeyError('OpenAI', 'Run "Set API key" and paste a key from platform.openai.com/api-keys.'))).toEqual({
      message: 'Reelkit: Continue scene failed. No API key for OpenAI. Run "Set API key" and paste a key from platform.openai.com/api-keys.',
      setApiKey: { provider: 'openai' },
    });
    expect(describeAiFailure('Loglines', new MissingApiKeyError('Replicate', 'Paste a token.')).setApiKey).toEqual({ provider: 'replicate' });
  });

  it('still offers the button, letting the user pick, when the provider is not one Reelkit stores a key for', () => {
    expect(describeAiFailure('Loglines', new MissingApiKeyError('Acme', 'Paste a key.')).setApiKey).toEqual({ provider: undefined });
  });

  it('offers nothing for other failures', () => {
    expect(describeAiFailure('Continue scene', new ReelkitError({ code: 'connection_failed', message: 'The server did not answer.', hint: 'Is it running?' }))).toEqual({
      message: 'Reelkit: Continue scene failed. The server did not answer. Is it running?',
    });
    expect(describeAiFailure('Continue scene', 'plain text')).toEqual({ message: 'Reelkit: Continue scene failed. plain text' });
    expect(describeAiFailure('Continue scene', new AbortError('Continue scene')).setApiKey).toBeUndefined();
  });
});
