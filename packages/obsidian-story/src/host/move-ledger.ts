import { ledgerPathFor } from '../generation/ledger-path.js';
import { ensureParentFolders } from '../storage/ensure-parent-folders.js';
import type { LedgerAdapterPort } from './vault-port.js';

/** Moves a note's ledger with the note, so a rename never separates a text from its provenance. */
export async function moveLedger(adapter: LedgerAdapterPort & { rename(from: string, to: string): Promise<void> }, oldNotePath: string, newNotePath: string): Promise<void> {
  const from = ledgerPathFor(oldNotePath);
  if (!(await adapter.exists(from))) return;
  const to = ledgerPathFor(newNotePath);
  await ensureParentFolders(adapter, to);
  await adapter.rename(from, to);
}
