import { AbortError, SchemaMismatchError } from '@reelkit/core/errors';
import { createObjectSchema } from '@reelkit/core/models';
import { describe, expect, it } from 'vitest';
import { createChatTextModel, type ChatPort } from './chat-text-model.js';

/** A chat port that answers with scripted pieces and records what it was sent. */
function fakeChat(pieces: readonly string[]): ChatPort & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    provider: 'vscode-lm',
    modelId: 'copilot/gpt-4o',
    sent,
    async *send(turns) {
      sent.push(turns);
      for (const piece of pieces) yield piece;
    },
  };
}

describe('createChatTextModel', () => {
  it('joins the stream, sends system text as the user’s, and reports unknown cost', async () => {
    const chat = fakeChat(['ALICE\n', 'Sorry.']);
    const result = await createChatTextModel(chat).generate({ messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Go on.' }] });
    expect(result).toEqual({ provider: 'vscode-lm', modelId: 'copilot/gpt-4o', usage: {}, cost: { usd: 0, incomplete: true }, fromCache: false, text: 'ALICE\nSorry.', finishReason: 'stop' });
    expect(chat.sent).toEqual([[{ role: 'user', text: 'Be brief.' }, { role: 'user', text: 'Go on.' }]]);
  });

  it('streams deltas then one finish part', async () => {
    const parts: string[] = [];
    for await (const part of createChatTextModel(fakeChat(['a', 'b'])).stream({ messages: [{ role: 'user', content: 'x' }] })) parts.push(part.type === 'text-delta' ? part.text : `finish:${part.result.text}`);
    expect(parts).toEqual(['a', 'b', 'finish:ab']);
  });

  it('rejects with an AbortError when the signal aborts, before or during the answer', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(createChatTextModel(fakeChat(['a'])).generate({ messages: [{ role: 'user', content: 'x' }], signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    const during = new AbortController();
    const chat: ChatPort = {
      provider: 'vscode-lm',
      modelId: 'm',
      async *send() {
        yield 'a';
        during.abort(new Error('typing went on'));
        yield 'b';
      },
    };
    await expect(createChatTextModel(chat).generate({ messages: [{ role: 'user', content: 'x' }], signal: during.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('returns a schema-valid object from a fenced JSON answer and rejects one that does not match', async () => {
    const schema = createObjectSchema<{ ideas: string[] }>('ideas', { type: 'object', required: ['ideas'], properties: { ideas: { type: 'array', items: { type: 'string' } } } });
    const chat = fakeChat(['```json\n{"ideas": ["a heist"]}\n```']);
    const result = await createChatTextModel(chat).generateObject({ messages: [{ role: 'user', content: 'Ideas?' }], schema });
    expect(result.object).toEqual({ ideas: ['a heist'] });
    expect((chat.sent[0] as { text: string }[])[1]?.text.startsWith('Answer with only a JSON value matching this JSON Schema')).toBe(true);
    await expect(createChatTextModel(fakeChat(['{"ideas": 3}'])).generateObject({ messages: [{ role: 'user', content: 'Ideas?' }], schema })).rejects.toBeInstanceOf(SchemaMismatchError);
  });
});
