import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../runtime/base64.js';
import { createFixtureRuntime, sampleScript } from './__fixtures__/provenance-fixture.js';
import { createLedgerRecorder } from './create-ledger-recorder.js';
import { filterParameters } from './filter-parameters.js';
import { createMemorySigningKeyStore } from './ledger-signer.js';
import { createMemoryLedgerStore } from './ledger-store.js';
import { createPromptKey } from './prompt-digest.js';
import type { GenerationRecordInput } from './provenance-recorder.js';
import { verifyLedger } from './verify-ledger.js';

const promptCanary = 'CANARY-PROMPT-7f3a9c the heist goes wrong at the docks';
const apiKeyCanary = 'sk-canary-4be1d0c2a9f84e6b';
const start = sampleScript.indexOf('We leave at dawn.');

const generation = (prompt: string): GenerationRecordInput => ({
  task: 'dialogue',
  provider: 'openai',
  model: 'gpt-4.1-mini',
  requestId: 'req_abc',
  prompt,
  parameters: { temperature: 0.4, maxOutputTokens: 64, apiKey: apiKeyCanary, headers: { Authorization: `Bearer ${apiKeyCanary}` }, nested: { stop: ['\n'], echo: apiKeyCanary, token: 'r8_canary' } },
  output: 'We leave at dawn.',
  findings: [{ ruleId: 'lang.b', category: 'language', severity: 'warning', message: 'm' }, { ruleId: 'lang.a', category: 'language', severity: 'info', message: 'n' }],
  usage: { inputTokens: 50, outputTokens: 6 },
  cost: { usd: 0.0001, incomplete: false },
  placement: { document: sampleScript, start, end: start + 17 },
});

async function recordOnce(recordPrompt: boolean) {
  const runtime = createFixtureRuntime();
  const promptKey = await createPromptKey(runtime.subtle);
  const signingKeys = createMemorySigningKeyStore();
  const store = createMemoryLedgerStore();
  const recorder = createLedgerRecorder({ store, runtime, promptKey, signingKeys, recordPrompt, secrets: [apiKeyCanary], checkpointEvery: 1 });
  const { entryId } = await recorder.record(generation(`${promptCanary} (key ${apiKeyCanary})`));
  const privateKey = JSON.stringify((await signingKeys.load())?.privateKey);
  return { runtime, promptKey, privateKey, entryId, text: store.text() ?? '' };
}

describe('createLedgerRecorder', () => {
  it('records an applied generation as one entry whose id the guard returns', async () => {
    const { text, entryId, promptKey, runtime } = await recordOnce(false);
    const [line] = text.split('\n');
    const entry = JSON.parse(line ?? '') as Record<string, unknown>;
    const expectedDigest = createHmac('sha256', base64ToBytes(promptKey)).update(`${promptCanary} (key ${apiKeyCanary})`).digest('hex');
    expect(entry).toMatchObject({
      id: entryId,
      type: 'event',
      actor: { type: 'ai', name: 'dialogue' },
      action: 'c2pa.placed',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
      promptDigest: `hmac-sha256:${expectedDigest}`,
      parameters: { temperature: 0.4, maxOutputTokens: 64, nested: { stop: ['\n'] } },
      outputDigest: `sha256:${await runtime.hasher.sha256('We leave at dawn.')}`,
      span: { exact: 'We leave at dawn.', start: 47, end: 64 },
      checks: { total: 2, errors: 0, warnings: 1, infos: 1, ruleIds: ['lang.a', 'lang.b'] },
    });
    expect(Object.keys(entry)).not.toContain('prompt');
    const result = await verifyLedger(text, sampleScript, runtime);
    expect(result.issues).toEqual([]);
    expect(result.checkpoints).toBe(1);
  });

  it('canary: the prompt, the API key, the prompt key and the signing key never reach the ledger by default', async () => {
    const { text, promptKey, privateKey } = await recordOnce(false);
    const d = (JSON.parse(privateKey) as { d: string }).d;
    for (const secret of ['CANARY-PROMPT-7f3a9c', apiKeyCanary, 'r8_canary', promptKey, d]) expect(text).not.toContain(secret);
  });

  it('canary: with recordPrompt the prompt is kept, with the API key inside it redacted', async () => {
    const { text, promptKey } = await recordOnce(true);
    expect(JSON.parse(text.split('\n')[0] ?? '')).toMatchObject({ prompt: `${promptCanary} (key [redacted])` });
    for (const secret of [apiKeyCanary, 'r8_canary', promptKey]) expect(text).not.toContain(secret);
  });

  it('canary: without the secrets list, nothing key-shaped reaches the ledger — prompt, actor, event parameters or notes', async () => {
    const runtime = createFixtureRuntime();
    const store = createMemoryLedgerStore();
    // A host that forgot to pass `secrets` (as the writing example once did).
    const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle), recordPrompt: true });
    await recorder.record(generation(`${promptCanary} (key ${apiKeyCanary})`));
    await recorder.recordEvent({
      actor: { type: 'tool', name: `importer ${apiKeyCanary}` },
      action: 'c2pa.edited',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation',
      parameters: { apiKey: apiKeyCanary, note: `pasted ${apiKeyCanary} by mistake`, replicate: 'r8_AbCdEfGhIjKlMnOpQrStUv12' },
    });
    const text = store.text() ?? '';
    for (const secret of [apiKeyCanary, 'r8_AbCdEfGhIjKlMnOpQrStUv12']) expect(text).not.toContain(secret);
    const [, event] = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(event).toMatchObject({ actor: { type: 'tool', name: 'importer [redacted]' }, parameters: { note: 'pasted [redacted] by mistake' } });
    expect(Object.keys(event?.parameters as object)).toEqual(['note']);
  });

  it('records a generation first and its placement later, linking the two', async () => {
    const runtime = createFixtureRuntime();
    const store = createMemoryLedgerStore();
    const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle) });
    const { placement: _placement, ...unplaced } = generation('Write a line');
    const proposed = await recorder.record(unplaced);
    const placed = await recorder.recordPlacement({ generationId: proposed.entryId, document: sampleScript, start, end: start + 17 });
    const entries = text(store.text()).map((line) => JSON.parse(line) as { id: string; action: string; span?: unknown; source?: unknown });
    expect(entries.map((entry) => [entry.id, entry.action, entry.span === undefined])).toEqual([
      [proposed.entryId, 'c2pa.created', true],
      [placed.entryId, 'c2pa.placed', false],
    ]);
    expect(entries[1]?.source).toEqual({ entryId: proposed.entryId });
    const result = await verifyLedger(store.text() ?? '', sampleScript, runtime);
    expect(result.spans.map((span) => [span.entryId, span.status])).toEqual([[placed.entryId, 'intact']]);
  });
});

describe('filterParameters', () => {
  it('drops credential-like names and key-shaped values at any depth and keeps ordinary settings', () => {
    const redact = (text: string): string => text.split('hunter22-secret').join('[redacted]');
    expect(
      filterParameters({ maxTokens: 10, max_tokens: 5, openaiKey: 'x', access_token: 'y', model: 'sk-live-1', note: 'pw hunter22-secret', list: [1, 'Bearer abc', null], when: new Date(0), fn: () => 1, bad: Number.NaN }, redact),
    ).toEqual({ maxTokens: 10, max_tokens: 5, note: 'pw [redacted]', list: [1, null] });
  });
});

function text(value: string | undefined): string[] {
  return (value ?? '').split('\n').filter((line) => line !== '');
}
