import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from './api-call-error.js';
import { ReelkitError } from './reelkit-error.js';
import { TimeoutError } from './timeout-error.js';

describe('ReelkitError', () => {
  it('puts the fix hint in the message and keeps code and cause', () => {
    const cause = new Error('socket hang up');
    const error = new ReelkitError({ code: 'connection_failed', message: 'Could not reach OpenAI.', hint: 'Check the network.', cause });
    expect(error.message).toBe('Could not reach OpenAI. Check the network.');
    expect(error.code).toBe('connection_failed');
    expect(error.hint).toBe('Check the network.');
    expect(error.cause).toBe(cause);
  });

  it('recognises errors made by another bundled copy of the core, where instanceof fails', async () => {
    vi.resetModules();
    // A query makes the module loader evaluate a second, independent copy, as a second plugin bundle would.
    const secondCopy = './api-call-error.js?copy';
    const copy = (await import(/* @vite-ignore */ secondCopy)) as typeof import('./api-call-error.js');
    const foreign = new copy.ApiCallError({ provider: 'openai', status: 429, message: 'slow down', isRetryable: true });
    expect(foreign instanceof ApiCallError).toBe(false);
    expect(ReelkitError.isInstance(foreign)).toBe(true);
    expect(ApiCallError.isInstance(foreign)).toBe(true);
    expect(ReelkitError.hasCode(foreign, 'api_error')).toBe(true);
  });

  it('tells subclasses apart and rejects look-alikes', () => {
    const timeout = new TimeoutError('idle', 50, 'OpenAI chat stream');
    expect(ApiCallError.isInstance(timeout)).toBe(false);
    expect(ReelkitError.isInstance(timeout)).toBe(true);
    expect(timeout.message).toBe('OpenAI chat stream stalled: no data for 50 ms. Try again, or raise idleTimeoutMs in the call policy if the provider is known to pause.');
    expect(ReelkitError.isInstance(Object.assign(new Error('x'), { code: 'timeout' }))).toBe(false);
    expect(ReelkitError.isInstance(null)).toBe(false);
  });

  it('derives the API error code from whether a response arrived', () => {
    expect(new ApiCallError({ provider: 'replicate', message: 'reset', isRetryable: true }).code).toBe('connection_failed');
    expect(new ApiCallError({ provider: 'replicate', status: 500, message: 'boom', isRetryable: true }).code).toBe('api_error');
  });
});
