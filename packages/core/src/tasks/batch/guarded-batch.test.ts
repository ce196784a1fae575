import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { TextCheck } from '../../guard/text-check.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { collectGuardedBatch } from './collect-guarded-batch.js';
import { sceneDescriptionBatchItems } from './scene-description-batch-items.js';
import { submitGuardedBatch, type GuardedBatchJob } from './submit-guarded-batch.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ batchPollsToFinish: 2 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const batch = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } }).textBatch('gpt-4o-mini');

const script = 'INT. LIGHTHOUSE - NIGHT\n\nMara climbs.\n\nEXT. CLIFF - DAWN\n\nAn exotic bird lands.\n\nINT. CELLAR - DAY\n\nFAIL-ME\n';
const promptLint: TextCheck = {
  id: 'prompt-lint',
  stages: ['prompt'],
  run: ({ text }) => (text.includes('exotic') ? [{ ruleId: 'lang.exotic', category: 'language', severity: 'info', message: 'Consider a specific description.' }] : []),
};
const outputCheck: TextCheck = {
  id: 'length',
  stages: ['output'],
  run: ({ text }) => (text.length > 60 ? [{ ruleId: 'length.long', category: 'language', severity: 'info', message: `${text.length} characters.` }] : []),
};

describe('guarded batches', () => {
  it('pre-checks and submits every scene as one batch, then checks and records each result when collected', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    const items = sceneDescriptionBatchItems(parseFountain(script));
    const submitted = await submitGuardedBatch({ model: batch(), task: 'scene-description', items, checks: [promptLint, outputCheck] });
    expect(submitted.findings).toEqual({ 'ext-cliff-dawn': [expect.objectContaining({ ruleId: 'lang.exotic' })] });
    const upload = server.requests.find((request) => request.route === 'files.upload')?.form?.['file'];
    const lines = (typeof upload === 'object' ? (upload.text ?? '') : '').trim().split('\n').map((line) => JSON.parse(line) as { custom_id: string; body: { messages: { content: string }[]; max_completion_tokens: number } });
    expect(lines.map((line) => line.custom_id)).toEqual(['int-lighthouse-night', 'ext-cliff-dawn', 'int-cellar-day']);
    expect(lines[0]?.body.messages[1]?.content).toBe('Scene:\nINT. LIGHTHOUSE - NIGHT\n\nMara climbs.');
    expect(lines[0]?.body.max_completion_tokens).toBe(200);

    // The job is plain JSON: it survives a reload of the host.
    const job = JSON.parse(JSON.stringify(submitted.job)) as GuardedBatchJob;
    const collected = await collectGuardedBatch({ model: batch(), job, runtime, checks: [promptLint, outputCheck], recorder, intervalMs: 1 });
    expect(collected.items.map((item) => (item.ok ? [item.id, item.output, item.findings.map((finding) => finding.ruleId)] : [item.id, item.error]))).toEqual([
      ['int-lighthouse-night', 'Fake reply to: Scene:\nINT. LIGHTHOUSE - NIGHT\n\nMara climbs.', []],
      ['ext-cliff-dawn', 'Fake reply to: Scene:\nEXT. CLIFF - DAWN\n\nAn exotic bird lands.', ['length.long']],
      ['int-cellar-day', 'This line was scripted to fail (FAIL-ME).'],
    ]);
    const recorded = await events();
    expect(recorded.map((event) => event.id)).toEqual(collected.items.map((item) => (item.ok ? item.provenanceId : undefined)).filter(Boolean));
    expect(recorded[1]).toMatchObject({
      actor: { type: 'ai', name: 'scene-description' },
      model: 'gpt-4o-mini',
      parameters: { prompt: { id: 'media.scene-description', version: '1' }, sceneId: 'ext-cliff-dawn', batch: job.handle.id },
      checks: { total: 1, ruleIds: ['length.long'] },
    });
    expect(recorded[0]?.promptDigest).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    const itemCosts = collected.items.flatMap((item) => (item.ok ? [item.cost.usd] : []));
    expect(collected.cost.usd).toBeCloseTo(itemCosts.reduce((sum, usd) => sum + usd, 0), 10);
    expect(collected.cost.usd).toBeGreaterThan(0);
  });
});
