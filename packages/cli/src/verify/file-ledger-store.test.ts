import { mkdtemp, readFile, readdir, rm, truncate, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digitalSourceTypes, openLedger, recoverLedger, verifyLedger } from '@reelkit/core/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import { createFileLedgerStore } from './file-ledger-store.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-ledger-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const event = { actor: { type: 'human' as const }, action: 'c2pa.edited' as const, digitalSourceType: digitalSourceTypes.humanEdits };

describe('createFileLedgerStore', () => {
  it('survives an append cut off on disk: verify reports it, recovery returns the bytes and the ledger goes on', async () => {
    const path = join(dir, 'tide.fountain.ledger.jsonl');
    const runtime = createRuntime();
    const store = createFileLedgerStore(path);
    expect(await store.read()).toBeUndefined();
    const ledger = await openLedger({ store, runtime });
    await ledger.append(event);
    const intactBytes = (await stat(path)).size;
    await ledger.append(event);
    // Simulate a crash 25 bytes into the second line.
    await truncate(path, intactBytes + 25);
    const torn = (await readFile(path, 'utf8')).slice(intactBytes);
    const before = await verifyLedger((await store.read()) ?? '', undefined, runtime);
    expect(before.issues.map((issue) => [issue.kind, issue.line, issue.byteOffset])).toEqual([
      ['torn-line', 2, intactBytes],
      ['unsigned-tail', 1, undefined],
    ]);
    expect(await recoverLedger(store)).toEqual({ recovered: true, torn: { line: 2, byteOffset: intactBytes, text: torn } });
    expect((await stat(path)).size).toBe(intactBytes);
    expect(await readdir(dir)).toEqual(['tide.fountain.ledger.jsonl']);
    await (await openLedger({ store, runtime })).append(event);
    const after = await verifyLedger((await store.read()) ?? '', undefined, runtime);
    expect(after).toMatchObject({ ok: true, entries: 2 });
  });
});
