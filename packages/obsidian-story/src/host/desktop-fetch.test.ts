import type { FetchFunction } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { createDesktopFetch } from './desktop-fetch.js';

/** A fetch that answers with its name, or throws what it is given for the listed origins, and logs each call. */
function scripted(name: string, refuses: readonly string[] = [], log: string[] = []): FetchFunction {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    log.push(`${name} ${url}`);
    if (refuses.some((origin) => url.startsWith(origin))) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(name));
  };
}

describe('createDesktopFetch', () => {
  it('asks through the platform fetch, and through requestUrl from then on for a server it refuses (CORS)', async () => {
    const log: string[] = [];
    const fetch = createDesktopFetch(scripted('platform', ['http://192.168.1.20:1234'], log), scripted('requestUrl', [], log));
    expect(await (await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: '{}' })).text()).toBe('platform');
    expect(await (await fetch('http://192.168.1.20:1234/v1/chat/completions', { method: 'POST', body: '{}' })).text()).toBe('requestUrl');
    expect(await (await fetch('http://192.168.1.20:1234/v1/embeddings', { method: 'POST', body: '{}' })).text()).toBe('requestUrl');
    expect(log).toEqual([
      'platform https://api.openai.com/v1/chat/completions',
      'platform http://192.168.1.20:1234/v1/chat/completions',
      'requestUrl http://192.168.1.20:1234/v1/chat/completions',
      'requestUrl http://192.168.1.20:1234/v1/embeddings',
    ]);
  });

  it('never sends a cancelled request again, and passes other errors on', async () => {
    const log: string[] = [];
    const cancelled = new AbortController();
    cancelled.abort();
    const fetch = createDesktopFetch(scripted('platform', ['http://localhost'], log), scripted('requestUrl', [], log));
    await expect(fetch('http://localhost:11434/v1/chat/completions', { signal: cancelled.signal })).rejects.toThrow('Failed to fetch');
    const failing = createDesktopFetch(() => Promise.reject(new Error('boom')), scripted('requestUrl', [], log));
    await expect(failing('http://localhost:11434/v1/models')).rejects.toThrow('boom');
    expect(log).toEqual(['platform http://localhost:11434/v1/chat/completions']);
  });
});
