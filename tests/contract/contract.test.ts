// The model-layer contract: the same checks against every OpenAI-compatible server run.mjs could start. A server
// that could not be started is not listed here (run.mjs reports it as skipped); a started one must pass them all.
import { ReelkitError } from '@reelkit/core/errors';
import { createObjectSchema, type TextStreamPart } from '@reelkit/core/models';
import { createOpenAICompatible, type CallPolicySettings, type EmbeddingEncoding } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { serverProfiles, startedServers, type ErrorCase, type StartedServer } from './contract-server.js';

const servers = startedServers(process.env['CONTRACT_SERVERS']);
const price = { inputPerMillionTokens: 1, outputPerMillionTokens: 2 };

/** A provider for one server; retries wait nothing (instant sleep) and are counted from the policy's warnings. */
const connect = (server: StartedServer, baseURL: string, policy: CallPolicySettings = {}, embeddingEncoding: EmbeddingEncoding = 'float') => {
  const profile = serverProfiles[server.kind];
  const retries: string[] = [];
  const runtime = createRuntime({
    sleep: async () => undefined,
    logger: { error: () => {}, info: () => {}, debug: () => {}, warn: (message) => void retries.push(message) },
  });
  const provider = createOpenAICompatible({
    baseURL,
    name: 'contract',
    defaultModel: profile.model,
    defaultEmbeddingModel: profile.embeddingModel,
    runtime,
    embeddingEncoding,
    // Priced, so a call that reports no usage must come back as an incomplete cost, never a complete $0.
    prices: { [`contract/${profile.model}`]: price },
    policy: { firstByteTimeoutMs: 60_000, idleTimeoutMs: 30_000, totalTimeoutMs: 120_000, ...policy },
  });
  return { provider, retries, profile };
};

const user = (content: string) => [{ role: 'user' as const, content }];

const collect = async (parts: AsyncIterable<TextStreamPart>, onDelta?: () => void) => {
  const deltas: string[] = [];
  const finishes: TextStreamPart[] = [];
  for await (const part of parts) {
    if (part.type === 'text-delta') {
      deltas.push(part.text);
      onDelta?.();
    } else finishes.push(part);
  }
  return { deltas, finishes };
};

const titleSchema = createObjectSchema<{ title: string }>('story_title', {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: { title: { type: 'string', minLength: 1, maxLength: 40 } },
});

const failureOf = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

if (servers.length === 0) {
  describe('contract suite', () => {
    it.skip('has no started server (run it through tests/contract/run.mjs)', () => undefined);
  });
}

describe.each(servers.map((server) => [server.kind, server] as const))('%s', (_kind, server) => {
  const { provider, profile } = connect(server, server.baseURL);

  it('generates text with a finish reason and usage priced as the table says', async () => {
    const result = await provider.text().generate({ messages: user('Once upon a time there was a lighthouse'), maxOutputTokens: 40 });
    expect(result.text.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(result.finishReason);
    const reported = result.usage.inputTokens !== undefined && result.usage.outputTokens !== undefined;
    expect(result.cost.incomplete).toBe(!reported);
    if (reported) expect(result.cost.usd).toBeCloseTo(((result.usage.inputTokens ?? 0) * 1 + (result.usage.outputTokens ?? 0) * 2) / 1e6, 12);
  });

  it('streams text whose deltas add up to the one finish part, priced incomplete when the stream has no usage', async () => {
    const { deltas, finishes } = await collect(provider.text().stream({ messages: user('Once upon a time there was a lighthouse'), maxOutputTokens: 40 }));
    expect(deltas.length).toBeGreaterThan(0);
    expect(finishes).toHaveLength(1);
    const finish = finishes[0];
    if (finish?.type !== 'finish') throw new Error('no finish part');
    expect(finish.result.text).toBe(deltas.join(''));
    const reported = finish.result.usage.outputTokens !== undefined;
    expect(finish.result.cost.incomplete).toBe(!reported);
  });

  it('generates an object that matches the schema', async () => {
    const result = await provider.text().generateObject({ messages: user('Give the story a title.'), schema: titleSchema, maxOutputTokens: 200, temperature: 0, seed: 7 });
    expect(typeof result.object.title).toBe('string');
    expect(result.object.title.length).toBeGreaterThan(0);
    expect(JSON.parse(result.text)).toEqual(result.object);
  });

  it.each(['float', 'base64'] as const)('embeds two texts asking for %s: two vectors of one length, neither all zeros', async (encoding) => {
    const { provider: embedder } = connect(server, server.embeddingBaseURL ?? server.baseURL, {}, encoding);
    const { embeddings } = await embedder.embedding().embed({ values: ['storm over the bay', 'a quiet harbour'] });
    expect(embeddings).toHaveLength(2);
    const [first, second] = embeddings;
    expect(first?.length).toBeGreaterThan(0);
    expect(second?.length).toBe(first?.length);
    for (const vector of embeddings) expect(vector.some((value) => value !== 0)).toBe(true);
  });

  it('gives the same vectors whichever encoding was asked for', async () => {
    const values = ['storm over the bay', 'a quiet harbour'];
    const asFloats = await connect(server, server.embeddingBaseURL ?? server.baseURL, {}, 'float').provider.embedding().embed({ values });
    const asBase64 = await connect(server, server.embeddingBaseURL ?? server.baseURL, {}, 'base64').provider.embedding().embed({ values });
    asBase64.embeddings.forEach((vector, row) => vector.forEach((value, column) => expect(value).toBeCloseTo(asFloats.embeddings[row]?.[column] ?? NaN, 5)));
  });

  it('rejects with AbortError when the caller cancels mid-stream, and before a call starts', async () => {
    const controller = new AbortController();
    const stream = provider.text().stream({ messages: user(profile.slowPrompt), maxOutputTokens: profile.slowMaxOutputTokens, signal: controller.signal });
    const streamed = await failureOf(collect(stream, () => controller.abort()));
    expect(streamed).toMatchObject({ name: 'AbortError', code: 'aborted' });
    const cancelled = new AbortController();
    cancelled.abort();
    expect(await failureOf(provider.text().generate({ messages: user('Once'), signal: cancelled.signal }))).toMatchObject({ name: 'AbortError', code: 'aborted' });
  });

  it('streams a generation that lasts longer than the idle limit while tokens keep coming', async () => {
    const { provider: slow } = connect(server, server.baseURL, { idleTimeoutMs: profile.slowIdleTimeoutMs });
    const { deltas, finishes } = await collect(slow.text().stream({ messages: user(profile.slowPrompt), maxOutputTokens: profile.slowMaxOutputTokens }));
    expect(deltas.length).toBeGreaterThan(10);
    expect(finishes).toHaveLength(1);
  });

  const slowNonStreamed = 'does not cut a non-streamed generation that lasts longer than the idle limit';
  it.skipIf(profile.noSlowNonStreamed !== undefined)(profile.noSlowNonStreamed === undefined ? slowNonStreamed : `${slowNonStreamed} (${profile.noSlowNonStreamed})`, async () => {
    const request = { messages: user(profile.slowPrompt), maxOutputTokens: profile.slowMaxOutputTokens };
    // The premise, shown by the server itself: this generation does not answer within the idle limit...
    const { provider: impatient, retries: impatientRetries } = connect(server, server.baseURL, { firstByteTimeoutMs: profile.slowIdleTimeoutMs });
    expect(await failureOf(impatient.text().generate(request))).toMatchObject({ name: 'TimeoutError', kind: 'first-byte', timeoutMs: profile.slowIdleTimeoutMs });
    expect(impatientRetries).toEqual([]);
    // ...and yet the idle limit does not cut it, nor is it sent twice.
    const { provider: slow, retries } = connect(server, server.baseURL, { idleTimeoutMs: profile.slowIdleTimeoutMs });
    const result = await slow.text().generate(request);
    expect(result.text.length).toBeGreaterThan(0);
    expect(retries).toEqual([]);
  });

  it.each(profile.errorCases.map((errorCase) => [errorCase.name, errorCase] as const))('server error: %s', async (_name, errorCase: ErrorCase) => {
    const { provider: failing, retries } = connect(server, server.baseURL, { maxRetries: 2 });
    const messages = user(errorCase.content);
    const attempt =
      errorCase.call === 'generate'
        ? failing.text().generate({ messages, maxOutputTokens: 5 })
        : errorCase.call === 'stream'
          ? collect(failing.text().stream({ messages, maxOutputTokens: 5 }))
          : failing.embedding().embed({ values: [errorCase.content] });
    const error = await failureOf(attempt);
    expect(ReelkitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject(errorCase.expected);
    expect(retries).toHaveLength(errorCase.retries);
  });
});
