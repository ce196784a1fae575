import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../runtime/canonical-json.js';
import { createFixtureRuntime, humanOpened, sampleAiEvent } from './__fixtures__/provenance-fixture.js';
import { ledgerGenesis } from './ledger-entry.js';
import { LedgerError } from './ledger-error.js';
import { createMemorySigningKeyStore, loadLedgerSigner } from './ledger-signer.js';
import { createMemoryLedgerStore } from './ledger-store.js';
import { openLedger } from './open-ledger.js';
import { recoverLedger } from './recover-ledger.js';
import { verifyLedger } from './verify-ledger.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const linesOf = (text: string | undefined): string[] => (text ?? '').split('\n').filter((line) => line !== '');

describe('openLedger', () => {
  it('writes one canonical JSON line per event, chained by the SHA-256 of the line before', async () => {
    const store = createMemoryLedgerStore();
    const ledger = await openLedger({ store, runtime: createFixtureRuntime() });
    const first = await ledger.append(humanOpened);
    await ledger.append(sampleAiEvent('We leave at dawn.', 'req_1'));
    const lines = linesOf(store.text());
    expect(store.text()?.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `{"action":"c2pa.opened","actor":{"name":"writer","type":"human"},"digitalSourceType":"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation","id":"${first.id}","prev":"${ledgerGenesis}","time":"2026-01-01T00:00:02.000Z","type":"event","v":1}`,
    );
    expect(first.id).toMatch(/^01KDVDNAZ8[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ prev: sha256(lines[0] ?? ''), requestId: 'req_1', type: 'event' });
    expect(canonicalJson(JSON.parse(lines[1] ?? ''))).toBe(lines[1]);
  });

  it('gives ids that sort in creation order even within one millisecond', async () => {
    const runtime = { ...createFixtureRuntime(), now: () => 1_767_225_600_000 };
    const ledger = await openLedger({ store: createMemoryLedgerStore(), runtime });
    const ids: string[] = [];
    for (let index = 0; index < 40; index += 1) ids.push((await ledger.append(humanOpened)).id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(40);
    const reopened = await openLedger({ store: createMemoryLedgerStore(`${canonicalJson(ledger.entries().at(-1))}\n`), runtime });
    const next = (await reopened.append(humanOpened)).id;
    expect(next > (ids.at(-1) ?? '')).toBe(true);
  });

  it('signs a checkpoint every N events, counting the lines before it', async () => {
    const runtime = createFixtureRuntime();
    const signer = await loadLedgerSigner(createMemorySigningKeyStore(), runtime.subtle);
    const store = createMemoryLedgerStore();
    const ledger = await openLedger({ store, runtime, signer, checkpointEvery: 2 });
    for (let index = 0; index < 5; index += 1) await ledger.append(humanOpened);
    expect(ledger.entries().map((entry) => entry.type)).toEqual(['event', 'event', 'checkpoint', 'event', 'event', 'checkpoint', 'event']);
    expect(ledger.entries().flatMap((entry) => (entry.type === 'checkpoint' ? [entry.count] : []))).toEqual([2, 5]);
    const reopened = await openLedger({ store, runtime, signer, checkpointEvery: 2 });
    await reopened.append(humanOpened);
    expect(linesOf(store.text()).map((line) => (JSON.parse(line) as { type: string }).type).slice(-2)).toEqual(['event', 'checkpoint']);
    const result = await verifyLedger(store.text() ?? '', undefined, runtime);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ ok: true, entries: 9, events: 6, checkpoints: 3, validSignatures: 3, keyIds: [signer.keyId] });
  });

  it('keeps the chain whole when appends race', async () => {
    const runtime = createFixtureRuntime();
    const store = createMemoryLedgerStore();
    const ledger = await openLedger({ store, runtime });
    await Promise.all(Array.from({ length: 8 }, (_, index) => ledger.append(sampleAiEvent('We leave at dawn.', `req_${index}`))));
    const result = await verifyLedger(store.text() ?? '', undefined, runtime);
    expect(result.issues.map((issue) => issue.kind)).toEqual(['unsigned-tail']);
    expect(result.ok).toBe(true);
    expect(linesOf(store.text()).map((line) => (JSON.parse(line) as { requestId: string }).requestId)).toEqual(['req_0', 'req_1', 'req_2', 'req_3', 'req_4', 'req_5', 'req_6', 'req_7']);
  });

  it('refuses to record an invalid event and writes nothing', async () => {
    const store = createMemoryLedgerStore();
    const ledger = await openLedger({ store, runtime: createFixtureRuntime() });
    const bogus = { ...humanOpened, action: 'c2pa.teleported' } as unknown as typeof humanOpened;
    await expect(ledger.append(bogus)).rejects.toThrow('The provenance entry was not recorded: unknown C2PA action "c2pa.teleported".');
    expect(store.text()).toBeUndefined();
  });

  it('starts a new line when the last complete entry lacks its line end', async () => {
    const runtime = createFixtureRuntime();
    const store = createMemoryLedgerStore();
    await (await openLedger({ store, runtime })).append(humanOpened);
    await store.replace?.((store.text() ?? '').trimEnd());
    await (await openLedger({ store, runtime })).append(humanOpened);
    expect(linesOf(store.text())).toHaveLength(2);
    expect((await verifyLedger(store.text() ?? '', undefined, runtime)).ok).toBe(true);
  });
});

describe('torn appends', () => {
  async function tornStore(): Promise<{ store: ReturnType<typeof createMemoryLedgerStore>; intact: string; torn: string }> {
    const runtime = createFixtureRuntime();
    const store = createMemoryLedgerStore();
    const ledger = await openLedger({ store, runtime });
    await ledger.append(humanOpened);
    await ledger.append(sampleAiEvent('We leave at dawn.', 'req_é'));
    const intact = store.text() ?? '';
    const torn = '{"action":"c2pa.placed","actor":{"name":"Reelkit","ty';
    await store.append(torn);
    return { store, intact, torn };
  }

  it('are reported by verify with the line and byte offset, never dropped silently', async () => {
    const { store, intact, torn } = await tornStore();
    const result = await verifyLedger(store.text() ?? '', undefined, createFixtureRuntime());
    const byteOffset = new TextEncoder().encode(intact).length;
    expect(result.ok).toBe(false);
    expect(result.entries).toBe(2);
    expect(result.issues.filter((issue) => issue.kind === 'torn-line')).toEqual([
      {
        kind: 'torn-line',
        severity: 'error',
        line: 3,
        byteOffset,
        message: `The last line (3, byte ${byteOffset}) was cut off mid-write: ${torn.length} bytes that are not a complete entry. Recover the ledger to set them aside.`,
      },
    ]);
  });

  it('block appends until recovered; recovery returns the torn bytes and the ledger continues soundly', async () => {
    const { store, intact, torn } = await tornStore();
    const runtime = createFixtureRuntime();
    const refusal = await openLedger({ store, runtime }).catch((error: unknown) => error);
    expect(LedgerError.isInstance(refusal) && (refusal as LedgerError).reason).toBe('torn-ledger');
    expect((refusal as LedgerError).code).toBe('ledger_damaged');
    const recovery = await recoverLedger(store);
    expect(recovery).toEqual({ recovered: true, torn: { line: 3, byteOffset: new TextEncoder().encode(intact).length, text: torn } });
    expect(store.text()).toBe(intact);
    await (await openLedger({ store, runtime })).append(humanOpened);
    const result = await verifyLedger(store.text() ?? '', undefined, runtime);
    expect(result.entries).toBe(3);
    expect(result.issues.map((issue) => issue.kind)).toEqual(['unsigned-tail']);
    expect(await recoverLedger(store)).toEqual({ recovered: false });
  });

  it('cannot be recovered by a store that cannot rewrite, and says so', async () => {
    const { store } = await tornStore();
    const appendOnly = { read: store.read, append: store.append };
    await expect(recoverLedger(appendOnly)).rejects.toMatchObject({ reason: 'cannot-rewrite', code: 'unsupported_capability' });
  });
});
