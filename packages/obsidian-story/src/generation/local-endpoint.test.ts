import { describe, expect, it } from 'vitest';
import { createSessionFetch } from './create-session-fetch.js';
import { guardLocalFetch } from './guard-local-fetch.js';
import { endpointLocality, isLocalEndpoint } from './local-endpoint.js';
import { LocalOnlyError } from './local-only-error.js';

describe('endpointLocality', () => {
  it.each([
    ['http://localhost:11434/v1', 'loopback'],
    ['http://127.0.0.2:1234/v1', 'loopback'],
    ['http://[::1]:8080/v1', 'loopback'],
    ['http://192.168.1.20:11434/v1', 'allowed-lan'],
    ['http://10.0.0.5/v1', 'not-allowed-lan'],
    ['http://gpu-box.local:1234/v1', 'not-allowed-lan'],
    ['https://api.openai.com/v1', 'remote'],
    ['http://8.8.8.8/v1', 'remote'],
    ['http://172.32.0.1/v1', 'remote'],
    ['not a url', 'invalid'],
  ])('%s is %s', (url, expected) => {
    expect(endpointLocality(url, ['192.168.1.20', '8.8.8.8'])).toBe(expected);
  });

  it('never lets an allowed-list entry make a public address local', () => {
    expect(isLocalEndpoint('http://8.8.8.8/v1', ['8.8.8.8'])).toBe(false);
  });
});

describe('guardLocalFetch', () => {
  it('passes local requests through and refuses remote ones with a typed error before any byte is sent', async () => {
    const sent: string[] = [];
    const fetch = guardLocalFetch((input) => {
      sent.push(String(input));
      return Promise.resolve(new Response('ok'));
    }, []);
    expect(await (await fetch('http://localhost:11434/v1/chat/completions')).text()).toBe('ok');
    const refused = await fetch(new Request('https://api.openai.com/v1/chat/completions')).catch((error: unknown) => error);
    expect(LocalOnlyError.isLocalOnly(refused)).toBe(true);
    expect((refused as LocalOnlyError).host).toBe('api.openai.com');
    expect((refused as LocalOnlyError).message).toMatch(/^Local-only mode refused a request to api\.openai\.com: it is not on this machine or a private network\./);
    expect(sent).toEqual(['http://localhost:11434/v1/chat/completions']);
  });
});

describe('createSessionFetch', () => {
  it('applies the local-only switch and the allowed hosts as they are set when each request goes out', async () => {
    const sent: string[] = [];
    let settings = { localOnly: false, allowedLanHosts: [] as string[] };
    const fetch = createSessionFetch((input) => {
      sent.push(String(input));
      return Promise.resolve(new Response('ok'));
    }, () => settings);
    await fetch('https://api.openai.com/v1/chat/completions');
    settings = { localOnly: true, allowedLanHosts: [] };
    expect(LocalOnlyError.isLocalOnly(await fetch('https://api.openai.com/v1/chat/completions').catch((error: unknown) => error))).toBe(true);
    expect(LocalOnlyError.isLocalOnly(await fetch('http://192.168.1.20:11434/v1/chat/completions').catch((error: unknown) => error))).toBe(true);
    settings = { localOnly: true, allowedLanHosts: ['192.168.1.20'] };
    await fetch('http://192.168.1.20:11434/v1/chat/completions');
    expect(sent).toEqual(['https://api.openai.com/v1/chat/completions', 'http://192.168.1.20:11434/v1/chat/completions']);
  });
});
