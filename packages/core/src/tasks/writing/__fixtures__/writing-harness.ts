import { createFakeProviderServer, type FakeProviderServer, type RecordedRequest } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createLedgerRecorder } from '../../../provenance/create-ledger-recorder.js';
import type { ProvenanceEvent } from '../../../provenance/ledger-entry.js';
import { createMemoryLedgerStore } from '../../../provenance/ledger-store.js';
import { parseLedger } from '../../../provenance/parse-ledger.js';
import { createPromptKey } from '../../../provenance/prompt-digest.js';
import { createOpenAI } from '../../../providers/openai/openai-provider.js';
import { createRuntime } from '../../../runtime/runtime.js';
import { createGuard } from '../../../guard/create-guard.js';
import type { TextCheck } from '../../../guard/text-check.js';
import type { TaskContext } from '../task-context.js';

/** The chat request the fake server received, as the tests read it. */
export interface SentChat {
  readonly model: unknown;
  readonly system: string;
  readonly user: string;
  readonly responseFormat: unknown;
  readonly temperature: unknown;
  /** The output cap as the OpenAI SDK sends it. */
  readonly maxTokens: unknown;
}

/** A fake provider server for the file's tests, the real OpenAI SDK against it, and a real ledger recorder. */
export function useWritingHarness() {
  let current: FakeProviderServer | undefined;
  beforeAll(async () => {
    current = await createFakeProviderServer();
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  const runtime = createRuntime();
  const server = (): FakeProviderServer => {
    if (current === undefined) throw new Error('The fake server starts in beforeAll.');
    return current;
  };

  /** A task context whose guarded model records to a fresh in-memory ledger; `events()` reads it back. */
  const setup = async (checks: readonly TextCheck[] = []) => {
    const store = createMemoryLedgerStore();
    const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle) });
    const guard = createGuard({ runtime, recorder, checks, policy: { initialDelayMs: 1, maxRetries: 0 } });
    const openai = createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server().openaiBaseURL, ...guard.providerSettings });
    const context: TaskContext = { model: guard.text(openai.text('gpt-4o-mini')) };
    const events = async (): Promise<ProvenanceEvent[]> =>
      parseLedger((await store.read()) ?? '').entries.filter((entry): entry is ProvenanceEvent => entry.type === 'event');
    return { context, events, openai };
  };

  /** The chat requests sent so far, read into the parts the tests assert on. */
  const sentChats = (): SentChat[] =>
    server()
      .requests.filter((request: RecordedRequest) => request.route === 'chat')
      .map((request) => {
        const body = request.json as { model?: unknown; messages?: { role: string; content: string }[]; response_format?: unknown; temperature?: unknown; max_completion_tokens?: unknown };
        const content = (role: string) => body.messages?.find((message) => message.role === role)?.content ?? '';
        return { model: body.model, system: content('system'), user: content('user'), responseFormat: body.response_format, temperature: body.temperature, maxTokens: body.max_completion_tokens };
      });

  return { server, setup, sentChats, runtime };
}
