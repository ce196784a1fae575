import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFixtureRuntime } from './__fixtures__/provenance-fixture.js';
import { verifyLedger } from './verify-ledger.js';

// A ledger written by this code and kept as a file: if the line format, the canonical JSON or the signing payload
// ever changes, ledgers users already have would stop verifying, and this test fails first.
const read = (name: string): string => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const ledger = read('kitchen.fountain.ledger.jsonl');
const script = read('kitchen.fountain');
const keyId = 'nwOa06vngMSj4l1JoitdC2JhQHvCU3eJaguUkyK96go';

describe('ledger format', () => {
  it('still verifies a stored ledger, signatures and spans included', async () => {
    const result = await verifyLedger(ledger, script, { ...createFixtureRuntime(), trustedKeyIds: [keyId] });
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ ok: true, entries: 5, events: 3, checkpoints: 2, validSignatures: 2, keyIds: [keyId] });
    expect(result.spans.map((span) => [span.entryId, span.status, span.current?.exact])).toEqual([
      ['01KDVDNCXR2NXSQ2KF6W2S40PQ', 'intact', 'We leave at dawn.'],
      ['01KDVDNGTRJD9TKBPJCJ72JGE9', 'intact', 'Then we leave without the map.'],
    ]);
  });
});
