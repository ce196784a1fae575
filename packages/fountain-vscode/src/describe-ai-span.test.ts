import { createTextSpan, type LedgerEntry } from '@reelkit/core/provenance';
import { describe, expect, it } from 'vitest';
import { describeAiSpan } from './describe-ai-span.js';

const base = { v: 1, prev: 'p', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' } as const;
const span = createTextSpan('Bob waits. Alice runs in.', 11, 25);
const entries = [
  { ...base, type: 'event', id: 'gen', time: '2026-11-25T02:14:59.000Z', actor: { type: 'ai', name: 'continue' }, action: 'c2pa.created', provider: 'openai', model: 'gpt-4.1-mini' },
  { ...base, type: 'event', id: 'put', time: '2026-11-25T02:15:30.000Z', actor: { type: 'ai' }, action: 'c2pa.placed', span, source: { entryId: 'gen' } },
] as unknown as LedgerEntry[];

describe('describeAiSpan', () => {
  it('names the generating model and task, the placement time, and an intact span', () => {
    expect(describeAiSpan({ entryId: 'put', original: span, current: span, status: 'intact', editRatio: 0 }, entries)).toBe(
      'Written by openai/gpt-4.1-mini (continue) on 2026-11-25 02:15 UTC; unchanged since. Ledger entry put.',
    );
  });

  it('says how much an edited span changed', () => {
    expect(describeAiSpan({ entryId: 'put', original: span, current: span, status: 'edited', editRatio: 0.234 }, entries)).toBe(
      'Written by openai/gpt-4.1-mini (continue) on 2026-11-25 02:15 UTC; edited since: 23% changed. Ledger entry put.',
    );
  });
});
