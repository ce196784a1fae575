import { describe, expect, it } from 'vitest';
import { ledgerPathFor } from '../generation/ledger-path.js';
import { FakeAdapter } from './__fixtures__/fake-vault.js';
import { moveLedger } from './move-ledger.js';
import { createVaultLedgerStore } from './vault-ledger-store.js';

class RenamingAdapter extends FakeAdapter {
  rename(from: string, to: string): Promise<void> {
    this.files.set(to, this.files.get(from) ?? '');
    this.files.delete(from);
    return Promise.resolve();
  }
}

describe('createVaultLedgerStore', () => {
  it('has no ledger until the first append, which creates the folders, then appends without rewriting', async () => {
    const adapter = new FakeAdapter();
    const store = createVaultLedgerStore(adapter, ledgerPathFor('Draft/Part 1/night.md'));
    expect(await store.read()).toBeUndefined();
    await store.append('{"a":1}\n');
    await store.append('{"b":2}\n');
    expect([...adapter.folders]).toEqual(['.reelkit', '.reelkit/ledgers', '.reelkit/ledgers/Draft', '.reelkit/ledgers/Draft/Part 1']);
    expect(await store.read()).toBe('{"a":1}\n{"b":2}\n');
  });
});

describe('moveLedger', () => {
  it('moves the ledger with its renamed note, and does nothing for a note without one', async () => {
    const adapter = new RenamingAdapter();
    adapter.files.set('.reelkit/ledgers/a.md.jsonl', 'x\n');
    await moveLedger(adapter, 'a.md', 'Draft/b.md');
    await moveLedger(adapter, 'c.md', 'd.md');
    expect([...adapter.files]).toEqual([['.reelkit/ledgers/Draft/b.md.jsonl', 'x\n']]);
  });
});
