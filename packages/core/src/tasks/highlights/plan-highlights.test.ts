import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { highlightSegmentsFromScreenplay } from './highlight-segments-from-screenplay.js';
import { planHighlights } from './plan-highlights.js';
import { createGuard } from '../../guard/create-guard.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const embedding = () => createGuard({ runtime }).embedding(createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } }).embedding('text-embedding-3-small'));

const segments = [
  { id: 'storm', text: 'The storm hits the lighthouse.', start: 40, end: 48 },
  { id: 'storm-again', text: 'The storm hits the lighthouse again.', start: 10, end: 18 },
  { id: 'letter', text: 'Mara reads her brother’s letter.', start: 60, end: 68 },
  { id: 'tea', text: 'Tea is made.', start: 0, end: 8 },
];
// Profile along x; "storm" twice almost the same; "letter" less on-profile but different; "tea" off-profile.
const vectors = [[1, 0, 0], [0.9, 0.1, 0], [0.88, 0.12, 0], [0.6, 0, 0.8], [0, 1, 0]];

describe('planHighlights', () => {
  it('picks the best beat, then a different one over its near-duplicate, within the target, in story order', async () => {
    server.enqueue('embeddings', { reply: { vectors } });
    const plan = await planHighlights({ model: embedding(), profile: 'Fans of storm-bound thrillers.', segments, targetDurationSeconds: 20 });
    expect((server.requests[0]?.json as { input: string[]; model: string }).input).toEqual(['Fans of storm-bound thrillers.', ...segments.map((segment) => segment.text)]);
    expect(plan.items.map((item) => [item.id, item.planStart, item.planEnd])).toEqual([['storm', 0, 8], ['letter', 8, 16]]);
    expect(plan.items.map((item) => item.rationale)).toEqual(['Fits the profile at 0.99; the best match.', 'Fits the profile at 0.60; closest earlier pick: storm (0.60).']);
    expect(plan.totalSeconds).toBe(16);
    expect(plan.cost.incomplete).toBe(false);
    expect(plan.cost.usd).toBeGreaterThan(0);
  });

  it('without diversity takes the near-duplicate, and reports when nothing fits', async () => {
    server.enqueue('embeddings', { reply: { vectors } }, { reply: { vectors } });
    const plan = await planHighlights({ model: embedding(), profile: 'p', segments, targetDurationSeconds: 20, diversity: 0, order: 'rank' });
    expect(plan.items.map((item) => item.id)).toEqual(['storm', 'storm-again']);
    const none = await planHighlights({ model: embedding(), profile: 'p', segments, targetDurationSeconds: 5 });
    expect(none.items).toEqual([]);
    expect(none.findings.map((finding) => finding.message)).toEqual(['No segment fits in 5 s.']);
  });

  it('times a script’s scenes by page length', () => {
    const screenplay = parseFountain('INT. A - DAY\n\nOne.\n\nEXT. B - NIGHT\n\nTwo.\n');
    expect(highlightSegmentsFromScreenplay(screenplay).map((segment) => [segment.label, segment.start, segment.end])).toEqual([
      ['INT. A - DAY', 0, 7.5],
      ['EXT. B - NIGHT', 7.5, 15],
    ]);
  });
});
