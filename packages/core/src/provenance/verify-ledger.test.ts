import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../runtime/canonical-json.js';
import { createFixtureRuntime, humanOpened, sampleAiEvent, sampleScript } from './__fixtures__/provenance-fixture.js';
import { createMemorySigningKeyStore, loadLedgerSigner } from './ledger-signer.js';
import { createMemoryLedgerStore } from './ledger-store.js';
import { openLedger } from './open-ledger.js';
import { verifyLedger } from './verify-ledger.js';

const runtime = createFixtureRuntime();

/** Opened, AI line, checkpoint, two AI lines, checkpoint: every entry is covered by a signature. */
async function signedLedger(): Promise<{ text: string; ids: string[]; keyId: string }> {
  const signer = await loadLedgerSigner(createMemorySigningKeyStore(), runtime.subtle);
  const store = createMemoryLedgerStore();
  const ledger = await openLedger({ store, runtime, signer, checkpointEvery: 0 });
  await ledger.append(humanOpened);
  await ledger.append(sampleAiEvent('We leave at dawn.', 'req_1'));
  await ledger.checkpoint();
  await ledger.append(sampleAiEvent('Then we leave without the map.', 'req_2'));
  await ledger.append(sampleAiEvent('MARA pours coffee.', 'req_3'));
  await ledger.checkpoint();
  return { text: store.text() ?? '', ids: ledger.entries().map((entry) => entry.id), keyId: signer.keyId };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every single-field change of a JSON value: each leaf altered, each member removed, a member added to each object. */
function mutations(value: Json, path: string): Array<{ path: string; value: Json }> {
  if (value === null) return [{ path, value: 0 }];
  if (typeof value === 'boolean') return [{ path, value: !value }];
  if (typeof value === 'number') return [{ path, value: value + 1 }];
  if (typeof value === 'string') return [{ path, value: `${value}x` }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => mutations(item, `${path}[${index}]`).map((change) => ({ path: change.path, value: value.map((other, at) => (at === index ? change.value : other)) })));
  }
  const keys = Object.keys(value);
  return [
    ...keys.flatMap((key) => mutations(value[key] ?? null, `${path}.${key}`).map((change) => ({ path: change.path, value: { ...value, [key]: change.value } }))),
    ...keys.map((key) => ({ path: `${path}.${key} (removed)`, value: Object.fromEntries(keys.filter((other) => other !== key).map((other) => [other, value[other] ?? null])) })),
    { path: `${path}.extra (added)`, value: { ...value, extra: 1 } },
  ];
}

describe('verifyLedger', () => {
  it('passes a sound, fully signed ledger and its document', async () => {
    const { text, ids, keyId } = await signedLedger();
    const result = await verifyLedger(text, sampleScript, runtime);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ ok: true, entries: 6, events: 4, checkpoints: 2, validSignatures: 2, keyIds: [keyId], signedThrough: ids[4] });
    expect(result.spans.map((span) => [span.entryId, span.status, span.current?.start])).toEqual([
      [ids[1], 'intact', 47],
      [ids[3], 'intact', 72],
      [ids[4], 'intact', 22],
    ]);
  });

  it('detects every single-field change to every entry, naming that entry or the next', async () => {
    const { text } = await signedLedger();
    const lines = text.trimEnd().split('\n');
    let checked = 0;
    for (const [index, line] of lines.entries()) {
      for (const change of mutations(JSON.parse(line) as Json, `line ${index + 1}`)) {
        const mutated = lines.map((other, at) => (at === index ? canonicalJson(change.value) : other)).join('\n') + '\n';
        const result = await verifyLedger(mutated, undefined, runtime);
        // A line whose id was removed can only be named by its line number; every other change is named by entry id.
        const idRemoved = change.path === `line ${index + 1}.id (removed)`;
        const named = result.issues.filter((issue) => issue.severity === 'error' && (issue.line === index + 1 || issue.line === index + 2) && (idRemoved || issue.entryId !== undefined));
        expect(named.length, `undetected change at ${change.path}`).toBeGreaterThan(0);
        expect(result.ok).toBe(false);
        checked += 1;
      }
    }
    // Every leaf changed, every member removed and one member added, for all six entries: the count pins that the
    // enumeration reaches them all.
    expect(checked).toBe(361);
  });

  it('names the entry after a removed or reordered line', async () => {
    const { text, ids } = await signedLedger();
    const lines = text.trimEnd().split('\n');
    const removed = [...lines.slice(0, 1), ...lines.slice(2)].join('\n');
    const result = await verifyLedger(removed, undefined, runtime);
    expect(result.issues.map((issue) => [issue.kind, issue.entryId])).toEqual([
      ['broken-link', ids[2]],
      ['bad-checkpoint', ids[2]],
      ['bad-checkpoint', ids[5]],
      ['unsigned-tail', ids[5]],
    ]);
    const swapped = [lines[0], lines[3], lines[1], lines[2], lines[4], lines[5]].join('\n');
    expect((await verifyLedger(swapped, undefined, runtime)).issues.filter((issue) => issue.kind === 'broken-link').map((issue) => issue.entryId)).toEqual([ids[3], ids[1], ids[4]]);
  });

  it('reports a ledger whose start is missing, an unparseable line and a duplicated entry', async () => {
    const { text, ids } = await signedLedger();
    const lines = text.trimEnd().split('\n');
    const headless = await verifyLedger(lines.slice(1).join('\n'), undefined, runtime);
    expect(headless.issues[0]).toMatchObject({ kind: 'broken-link', entryId: ids[1], line: 1 });
    expect(headless.issues[0]?.message).toBe(`Entry ${ids[1]} does not link to the genesis hash (is the start of the ledger missing?): the entry before it was changed, removed or reordered.`);
    const garbled = [lines[0], 'not json at all', ...lines.slice(1)].join('\n');
    const byteOffset = new TextEncoder().encode(`${lines[0]}\n`).length;
    expect((await verifyLedger(garbled, undefined, runtime)).issues[0]).toEqual({ kind: 'unparseable-line', severity: 'error', line: 2, byteOffset, message: 'Line 2 is not JSON.' });
    const duplicated = [lines[0], lines[0], ...lines.slice(1)].join('\n');
    expect((await verifyLedger(duplicated, undefined, runtime)).issues.slice(0, 2).map((issue) => [issue.kind, issue.line])).toEqual([['broken-link', 2], ['duplicate-id', 2]]);
  });

  it('rejects a history re-signed with another key when the trusted key is known', async () => {
    const { keyId } = await signedLedger();
    const forger = await loadLedgerSigner(createMemorySigningKeyStore(), runtime.subtle);
    const store = createMemoryLedgerStore();
    const forged = await openLedger({ store, runtime, signer: forger, checkpointEvery: 1 });
    await forged.append(sampleAiEvent('We leave at dawn.', 'req_forged'));
    const result = await verifyLedger(store.text() ?? '', undefined, { ...runtime, trustedKeyIds: [keyId] });
    expect(result.issues.map((issue) => [issue.kind, issue.severity, issue.line, issue.message])).toEqual([
      ['untrusted-key', 'error', 2, `Checkpoint ${forged.entries()[1]?.id} is signed by key ${forger.keyId}, which is not one of the trusted keys.`],
      ['unsigned-tail', 'info', 2, '1 entry comes after the last valid checkpoint and is not yet signed.'],
    ]);
    expect(result.validSignatures).toBe(0);
  });

  it('says which AI spans moved, were edited, or are missing from the document', async () => {
    const { text, ids } = await signedLedger();
    const edited = `TITLE CARD\n\n${sampleScript}`.replace('We leave at dawn.', 'We leave at first light.').replace('MARA pours coffee.\n\n', '');
    const result = await verifyLedger(text, edited, runtime);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.kind, issue.severity, issue.entryId, issue.message])).toEqual([
      ['edited-span', 'info', ids[1], `The AI text of entry ${ids[1]} ("We leave at dawn.") was edited (29% changed) and is now at 39–56.`],
      ['moved-span', 'info', ids[3], `The AI text of entry ${ids[3]} ("Then we leave without the map.") moved from 72 to 71.`],
      ['missing-span', 'warning', ids[4], `The AI text of entry ${ids[4]} ("MARA pours coffee.") is no longer in the document.`],
    ]);
  });
});
