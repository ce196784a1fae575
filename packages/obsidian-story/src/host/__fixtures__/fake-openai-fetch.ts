// A fetch that answers as OpenAI (and OpenAI-compatible servers) do, for the routes the plugin calls: chat
// completions and moderations. Records each URL and body so tests can assert what left the machine.
import type { FetchFunction } from '@reelkit/core/runtime';

/** What the fake answers. */
export interface FakeOpenAIReplies {
  /** The assistant's text (chat completions). */
  readonly content: string;
  /** Moderation flags the output for violence (score 0.91). */
  readonly flagged?: boolean;
}

/** A sent request. */
export interface SentRequest {
  readonly url: string;
  readonly body: string;
}

const json = (body: unknown): Response => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

export function createFakeOpenAIFetch(replies: FakeOpenAIReplies): { readonly fetch: FetchFunction; readonly sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, body: await request.text() });
    if (request.url.endsWith('/moderations')) {
      const flagged = replies.flagged === true;
      return json({ id: 'modr-1', model: 'omni-moderation-latest', results: [{ flagged, categories: { violence: flagged, harassment: false }, category_scores: { violence: flagged ? 0.91 : 0.01, harassment: 0.002 } }] });
    }
    return json({ id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'fake', choices: [{ index: 0, message: { role: 'assistant', content: replies.content }, finish_reason: 'stop' }], usage: { prompt_tokens: 120, completion_tokens: 9, total_tokens: 129 } });
  };
  return { fetch, sent };
}
