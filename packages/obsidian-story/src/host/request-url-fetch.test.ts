import type { RequestUrlParam, RequestUrlResponse } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { createRequestUrlFetch } from './request-url-fetch.js';
import { toFetchResponse } from './to-fetch-response.js';
import { toRequestUrlParam } from './to-request-url-param.js';

const encode = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;
const reply = (status: number, text: string, headers: Record<string, string> = {}): RequestUrlResponse => ({ status, headers, arrayBuffer: encode(text), text, json: undefined });

describe('toRequestUrlParam', () => {
  it('buffers the body and keeps method, headers and content type, never throwing on HTTP errors', async () => {
    const param = await toRequestUrlParam(new Request('http://localhost:1234/v1/chat/completions', { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json', authorization: 'Bearer k' } }));
    expect({ ...param, body: new TextDecoder().decode(param.body as ArrayBuffer) }).toEqual({
      url: 'http://localhost:1234/v1/chat/completions',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      contentType: 'application/json',
      body: '{"a":1}',
      throw: false,
    });
  });

  it('sends no body for a GET', async () => {
    expect(await toRequestUrlParam(new Request('http://localhost/v1/models'))).toEqual({ url: 'http://localhost/v1/models', method: 'GET', headers: {}, throw: false });
  });
});

describe('toFetchResponse', () => {
  it('keeps status, headers and body, and gives 204 no body', async () => {
    const response = toFetchResponse(reply(429, '{"error":"slow down"}', { 'retry-after': '2' }), 'http://x/');
    expect([response.status, response.headers.get('retry-after'), await response.text(), response.url]).toEqual([429, '2', '{"error":"slow down"}', 'http://x/']);
    expect(toFetchResponse(reply(204, ''), 'http://x/').body).toBeNull();
  });
});

describe('createRequestUrlFetch', () => {
  it('round-trips a request through requestUrl', async () => {
    const seen: RequestUrlParam[] = [];
    const fetch = createRequestUrlFetch((param) => {
      seen.push(param);
      return Promise.resolve(reply(200, 'ok'));
    });
    expect(await (await fetch('http://localhost/x', { method: 'POST', body: 'hi' })).text()).toBe('ok');
    expect(seen.map((param) => [param.method, param.url])).toEqual([['POST', 'http://localhost/x']]);
  });

  it('rejects at once on abort and ignores the late response', async () => {
    let answer: (response: RequestUrlResponse) => void = () => undefined;
    const fetch = createRequestUrlFetch(() => new Promise((resolve) => (answer = resolve)));
    const controller = new AbortController();
    const pending = fetch('http://localhost/x', { signal: controller.signal });
    await Promise.resolve();
    controller.abort(new Error('stopped by the writer'));
    await expect(pending).rejects.toThrow('stopped by the writer');
    answer(reply(200, 'late'));
  });

  it('never calls requestUrl for a signal already aborted', async () => {
    let calls = 0;
    const fetch = createRequestUrlFetch(() => {
      calls += 1;
      return Promise.resolve(reply(200, 'ok'));
    });
    await expect(fetch('http://localhost/x', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(0);
  });
});
