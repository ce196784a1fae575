import { ledgerPathFor } from '../generation/ledger-path.js';
import type { LedgerAdapterPort } from './vault-port.js';

/** Moves a note's ledger with the note, so a rename never separates a text from its provenance. */
export async function moveLedger(adapter: LedgerAdapterPort & { rename(from: string, to: string): Promise<void> }, oldNotePath: string, newNotePath: string): Promise<void> {
  const from = ledgerPathFor(oldNotePath);
  if (!(await adapter.exists(from))) return;
  const to = ledgerPathFor(newNotePath);
  const parts = to.split('/').slice(0, -1);
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const folder = parts.slice(0, depth).join('/');
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
  }
  await adapter.rename(from, to);
}
