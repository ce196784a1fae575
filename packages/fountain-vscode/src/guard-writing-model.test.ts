import { createGuard } from '@reelkit/core/guard';
import { createMemoryResponseCache } from '@reelkit/core/providers';
import { createProviderModels } from '@reelkit/core/session';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeResult } from './describe-result.js';
import { guardWritingModel } from './guard-writing-model.js';
import { readCheckSettings } from './read-check-settings.js';
import { readProviderSelection } from './read-provider-selection.js';
import type { SettingsReader } from './settings-reader.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const settingsOf = (values: Record<string, unknown>): SettingsReader => ({
  get: <T>(section: string, defaultValue: T): T => (section in values ? (values[section] as T) : defaultValue),
});
// "chairman" in narration is a language finding, in dialogue it is the character's voice; FLAG-ME makes the fake moderation flag violence.
const scene = 'The chairman slams the door. FLAG-ME\n\nBOB\nThe chairman is late.\n';
const messages = [{ role: 'user', content: 'Continue the scene.' }] as const;

/** Builds the writing model the way the extension does when a command runs, with the given `reelkit.*` settings. */
const writingModel = (guard: ReturnType<typeof createGuard>, provider: 'openai' | 'openai-compatible', values: Record<string, unknown>) => {
  const settings = settingsOf({ 'openai.baseUrl': server.openaiBaseURL, 'openaiCompatible.baseUrl': server.openaiBaseURL, model: 'fake-writer', ...values });
  const models = createProviderModels(readProviderSelection(settings, provider, provider === 'openai' ? 'sk-test' : undefined), guard.providerSettings);
  return guardWritingModel(guard, { text: models.text(), moderation: models.moderation }, readCheckSettings(settings));
};

describe('guardWritingModel', () => {
  it('shows OpenAI moderation and the narration language finding in the preview line', async () => {
    server.enqueue('chat', { reply: { content: scene } });
    const result = await writingModel(createGuard(), 'openai', {}).generate({ messages, record: { task: 'continue' } });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['lang.gendered-job-title', 'moderation.flagged']);
    // The fake's price is not in the table; a fixed cost keeps the line exact.
    expect(describeResult({ ...result, cost: { usd: 0.0001, incomplete: false } })).toBe(
      'openai/fake-writer, $0.0001. 2 findings: “chairman”: Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype. Instead: chair. openai moderation flagged the output for violence.',
    );
  });

  it('runs neither check when the user turned both off, and sends nothing to moderation', async () => {
    server.enqueue('chat', { reply: { content: scene } });
    const result = await writingModel(createGuard(), 'openai', { 'checks.moderation': false, 'checks.language': false }).generate({ messages, record: { task: 'continue' } });
    expect(result.findings).toEqual([]);
    expect(server.requests.map((request) => request.route)).toEqual(['chat']);
  });

  it('never sends a local server’s output to moderation; the language lint still runs', async () => {
    server.enqueue('chat', { reply: { content: scene } });
    const result = await writingModel(createGuard(), 'openai-compatible', {}).generate({ messages, record: { task: 'continue' } });
    expect([result.provider, ...result.findings.map((finding) => finding.ruleId)]).toEqual(['local', 'lang.gendered-job-title']);
    expect(server.requests.map((request) => request.route)).toEqual(['chat']);
  });

  it('shares the session’s call policy across commands: a repeated request is answered from its one cache', async () => {
    server.enqueue('chat', { reply: { content: scene } });
    const guard = createGuard({ policy: { cache: createMemoryResponseCache() } });
    const first = await writingModel(guard, 'openai-compatible', {}).generate({ messages, record: { task: 'continue' } });
    const second = await writingModel(guard, 'openai-compatible', {}).generate({ messages, record: { task: 'continue' } });
    expect([first.fromCache, second.fromCache, second.text]).toEqual([false, true, scene]);
    expect(server.requests.map((request) => request.route)).toEqual(['chat']);
  });
});
