import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLedgerRecorder } from '../provenance/create-ledger-recorder.js';
import { createMemoryLedgerStore } from '../provenance/ledger-store.js';
import { parseLedger } from '../provenance/parse-ledger.js';
import { createPromptKey } from '../provenance/prompt-digest.js';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import { createObjectSchema } from '../models/object-schema.js';
import { createOpenAI } from '../providers/openai/openai-provider.js';
import { createRuntime } from '../runtime/runtime.js';
import { createGuard, type GuardSettings } from './create-guard.js';
import type { GuardedTextRequest } from './guard-text-model.js';
import type { GenerationRecord } from './guarded-result.js';
import { createModerationCheck } from './moderation-check.js';
import { createOriginalityCheck } from './originality-check.js';
import type { TaskContext } from '../tasks/writing/task-context.js';
import { isGuarded } from './guarded-mark.js';
import type { TextCheck } from './text-check.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const runtime = createRuntime();
const openai = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } });
const recorderWith = async () => {
  const store = createMemoryLedgerStore();
  const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle) });
  const events = async () => parseLedger((await store.read()) ?? '').entries.filter((entry) => entry.type === 'event');
  return { recorder, events };
};
const chapter = 'The keeper climbed the iron stairs one last time, counting each step as his father had taught him, and at the top he lit the lamp.';
/** A guarded chat model over the fake server. */
const guarded = (settings: GuardSettings = {}) => createGuard(settings).text(openai().text('gpt-4o-mini'));
const ask = (content: string, record: Partial<GenerationRecord> = {}, extra: Partial<GuardedTextRequest> = {}): GuardedTextRequest => ({
  messages: [{ role: 'user', content }],
  record: { task: 'continue', ...record },
  ...extra,
});

describe('a guarded text model', () => {
  it('runs the checks, records the generation and returns output, findings, entry id and cost', async () => {
    const { recorder, events } = await recorderWith();
    const model = guarded({ recorder, checks: [createModerationCheck(openai().moderation()), createOriginalityCheck()] });
    server.enqueue('chat', { reply: { content: `FLAG-ME ${chapter}` } });
    const result = await model.generate(ask(`Continue from: ${chapter}`, { references: [{ id: 'ch3', name: 'chapter-3.md', text: chapter }] }));

    expect(result.output).toBe(`FLAG-ME ${chapter}`);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['moderation.flagged', 'originality.verbatim-overlap']);
    expect(result.findings[1]?.message).toBe('26 words are copied verbatim from chapter-3.md.');
    expect(result.cost.usd).toBeGreaterThan(0);
    const [event] = await events();
    expect(result.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({
      actor: { type: 'ai', name: 'continue' },
      action: 'c2pa.created',
      provider: 'openai',
      model: 'gpt-4o-mini',
      requestId: 'req_1',
      checks: { total: 2, warnings: 2, ruleIds: ['moderation.flagged', 'originality.verbatim-overlap'] },
    });
    expect(event?.promptDigest).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(event).not.toHaveProperty('prompt');
    // The moderation call is a check, not a second generation.
    expect(server.requests.map((request) => request.route)).toEqual(['chat', 'moderations']);
  });

  it('records nothing when the caller cancels, and rejects with AbortError', async () => {
    const { recorder, events } = await recorderWith();
    const controller = new AbortController();
    server.enqueue('chat', { reply: { content: 'late' }, delayMs: 2000 });
    const pending = guarded({ recorder }).generate(ask('x', {}, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    expect(await events()).toEqual([]);
  });

  it('streams deltas, then one checked and recorded result with the placement the host reported', async () => {
    const { recorder, events } = await recorderWith();
    server.enqueue('chat', { reply: { content: 'She lights the lamp.' } });
    const document = 'INT. LIGHTHOUSE - NIGHT\n\n';
    const parts: string[] = [];
    let provenanceId: string | undefined;
    for await (const part of guarded({ recorder }).stream(
      ask('continue', { placement: (output) => ({ document: document + output, start: document.length, end: document.length + output.length }) }),
    )) {
      if (part.type === 'text-delta') parts.push(part.text);
      else provenanceId = part.result.provenanceId;
    }
    expect(parts.join('')).toBe('She lights the lamp.');
    const [event] = await events();
    expect(event?.id).toBe(provenanceId);
    expect(event).toMatchObject({ action: 'c2pa.placed', span: { exact: 'She lights the lamp.', start: 25, end: 45 } });
  });

  it('validates structured output and records it', async () => {
    const { recorder, events } = await recorderWith();
    server.enqueue('chat', { reply: { json: { logline: 'A keeper relights a dead lighthouse to guide her brother home.' } } });
    const schema = createObjectSchema<{ logline: string }>('logline', { type: 'object', properties: { logline: { type: 'string' } }, required: ['logline'], additionalProperties: false });
    const result = await guarded({ recorder }).generateObject({ ...ask('A logline, please.', { task: 'logline' }), schema });
    expect(result.output).toEqual({ logline: 'A keeper relights a dead lighthouse to guide her brother home.' });
    expect((await events())[0]).toMatchObject({ actor: { name: 'logline' } });
  });

  it('keeps the output when a check or the recorder fails, saying so in findings', async () => {
    const broken: TextCheck = { id: 'language', stages: ['output'], run: () => Promise.reject(new Error('rule file missing')) };
    const failingRecorder: ProvenanceRecorder = {
      record: () => Promise.reject(new Error('disk full')),
      recordPlacement: () => Promise.reject(new Error('unused')),
      recordEvent: () => Promise.reject(new Error('unused')),
      checkpoint: async () => undefined,
    };
    const result = await guarded({ checks: [broken], recorder: failingRecorder }).generate(ask('hello'));
    expect(result.output).toBe('Fake reply to: hello');
    expect(result.provenanceId).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'check.failed', message: 'The language check could not run on the output: rule file missing' }),
      expect.objectContaining({ ruleId: 'provenance.not-recorded', severity: 'error', message: 'This generation could not be recorded in the provenance ledger: disk full' }),
    ]);
  });

  it('runs prompt checks before the call and returns their findings first', async () => {
    const promptLint: TextCheck = {
      id: 'prompt-lint',
      stages: ['prompt'],
      run: ({ text }) => (text.includes('exotic') ? [{ ruleId: 'lang.exotic', category: 'language', severity: 'info', message: 'Consider a specific description.' }] : []),
    };
    const result = await guarded({ checks: [promptLint] }).generate(ask('Describe an exotic market.'));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['lang.exotic']);
    expect(result.provenanceId).toBeUndefined();
  });

  it('sends the provider only the request: what the guard records never goes on the wire', async () => {
    await guarded().generate(ask('hello', { parameters: { prompt: { id: 'test', version: '1' } } }));
    const sent = server.requests.find((request) => request.route === 'chat')?.json as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(['messages', 'model']);
  });
});

describe('createGuard', () => {
  it('gives every provider built with its settings one call policy: one concurrency limit across models and providers', async () => {
    const guard = createGuard({ runtime, policy: { maxConcurrency: 1 } });
    const first = guard.text(createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, ...guard.providerSettings }).text('gpt-4o-mini'));
    const second = guard.text(createOpenAI({ apiKey: 'sk-test-key-0002', baseURL: server.openaiBaseURL, ...guard.providerSettings }).text('gpt-4o'));
    server.enqueue('chat', { reply: { content: 'one' }, delayMs: 50 }, { reply: { content: 'two' } });
    const both = Promise.all([first.generate(ask('a')), second.generate(ask('b'))]);
    // The second call may not start while the first holds the one slot.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    expect((await both).map((result) => result.output)).toEqual(['one', 'two']);
    expect(server.requests).toHaveLength(2);
  });

  it('derives a guard for another ledger that keeps the checks', async () => {
    const { recorder, events } = await recorderWith();
    const promptLint: TextCheck = { id: 'lint', stages: ['output'], run: () => [{ ruleId: 'lang.test', category: 'language', severity: 'info', message: 'seen' }] };
    const session = createGuard({ runtime, checks: [promptLint] });
    const result = await session.withRecorder(recorder).text(openai().text('gpt-4o-mini')).generate(ask('hi'));
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['lang.test']);
    expect((await events())[0]?.id).toBe(result.provenanceId);
    expect(session.recorder).toBeUndefined();
  });

  it('is the only way into a task: a bare model does not type-check where a guarded one is required', () => {
    expect(isGuarded(createGuard().embedding(openai().embedding()))).toBe(true);
    const bare = openai().text('gpt-4o-mini');
    const context: TaskContext = { model: createGuard().text(bare) };
    // @ts-expect-error a bare TextModel lacks the guard's mark
    const unguarded: TaskContext = { model: bare };
    expect(isGuarded(context.model)).toBe(true);
    expect(isGuarded(unguarded.model)).toBe(false);
  });
});
