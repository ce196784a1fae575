import { LedgerError } from './ledger-error.js';
import type { LedgerStore } from './ledger-store.js';
import { parseLedger, type TornLine } from './parse-ledger.js';

/** What recovery did: `torn` holds the cut-off line, bytes and all, so the host can show or keep it. */
export interface LedgerRecovery {
  readonly recovered: boolean;
  readonly torn?: TornLine;
}

/**
 * Truncates a ledger to its last complete line when an append was cut off mid-write. The torn bytes are returned,
 * not silently dropped: the host reports them (and may save them beside the ledger). A sound ledger is untouched.
 */
export async function recoverLedger(store: LedgerStore): Promise<LedgerRecovery> {
  const text = (await store.read()) ?? '';
  const parsed = parseLedger(text);
  if (parsed.torn === undefined) return { recovered: false };
  if (store.replace === undefined) {
    throw new LedgerError('cannot-rewrite', `The provenance ledger's last line is torn (byte ${parsed.torn.byteOffset}) and this store cannot rewrite it.`);
  }
  await store.replace(text.slice(0, parsed.intactLength));
  return { recovered: true, torn: parsed.torn };
}
