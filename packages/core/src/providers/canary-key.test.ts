import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../runtime/logger.js';
import { createRuntime } from '../runtime/runtime.js';
import { createOpenAI } from './openai/openai-provider.js';
import { createReplicate } from './replicate/replicate-provider.js';

const openaiKey = 'sk-canary-7f3a9c1e5b2d4f6a8c0e';
const replicateToken = 'r8_canary_4e6b8d0f2a4c6e8b0d2f';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Every string reachable from a value: own properties (enumerable or not), causes, nested objects. */
const reachableStrings = (root: unknown): string[] => {
  const seen = new Set<unknown>();
  const strings: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') strings.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 8) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) visit(descriptor.value, depth + 1);
    }
    if (value instanceof Error) visit(value.message, depth + 1);
  };
  visit(root, 0);
  return strings;
};

/** A logger that keeps every line and field, to search them. */
const recordingLogger = () => {
  const lines: unknown[] = [];
  const record = (message: string, fields?: unknown) => void lines.push({ message, fields });
  const logger: Logger = { error: record, warn: record, info: record, debug: record };
  return { logger, lines };
};

const failureOf = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => expect.unreachable('the call should fail'), (error: unknown) => error);

describe('a canary key never leaks', () => {
  it('OpenAI: not in logs, the error message or any field of the error, even when the server echoes it', async () => {
    const { logger, lines } = recordingLogger();
    const provider = createOpenAI({ apiKey: openaiKey, baseURL: server.openaiBaseURL, runtime: createRuntime({ logger }), policy: { initialDelayMs: 1 } });
    server.enqueue('chat', { status: 500, body: { error: { message: `upstream saw ${openaiKey}` } } });
    server.enqueue('chat', { status: 401, body: { error: { message: `Incorrect API key provided: ${openaiKey}.`, type: 'invalid_request_error', code: 'invalid_api_key' } } });
    const error = await failureOf(provider.text().generate({ messages: [{ role: 'user', content: 'hi' }] }));
    // The key reached the server (so the test is real), yet nothing we hand back carries it.
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${openaiKey}`);
    expect((error as Error).message).toContain('Incorrect API key provided: [redacted]');
    const texts = [...reachableStrings(error), ...reachableStrings(lines), JSON.stringify(lines)];
    expect(lines.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes(openaiKey))).toEqual([]);
    expect(texts.filter((text) => text.includes(openaiKey.slice(3, 15)))).toEqual([]);
  });

  it('Replicate: not in logs, the error message or any field, though the SDK error carries the request headers', async () => {
    const { logger, lines } = recordingLogger();
    const provider = createReplicate({ apiToken: replicateToken, baseURL: server.replicateBaseURL, runtime: createRuntime({ logger }), policy: { initialDelayMs: 1 } });
    server.enqueue('predictions.create', { status: 503, body: { detail: `token ${replicateToken} overloaded` } });
    server.enqueue('predictions.create', { status: 401, body: { detail: `Invalid token ${replicateToken}`, status: 401, title: 'Unauthenticated' } });
    const error = await failureOf(provider.music().submit({ prompt: 'x', durationSeconds: 5 }));
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${replicateToken}`);
    expect((error as { status?: number }).status).toBe(401);
    const texts = [...reachableStrings(error), ...reachableStrings(lines), JSON.stringify(lines)];
    expect(texts.filter((text) => text.includes(replicateToken))).toEqual([]);
  });
});
