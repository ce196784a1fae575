import { canonicalJson } from '../runtime/canonical-json.js';
import type { Runtime } from '../runtime/runtime.js';
import { createEntryIdGenerator } from './entry-id.js';
import { hashEntry } from './hash-entry.js';
import { ledgerGenesis, type CheckpointEntry, type LedgerEntry, type ProvenanceEvent } from './ledger-entry.js';
import { LedgerError } from './ledger-error.js';
import type { LedgerSigner } from './ledger-signer.js';
import type { LedgerStore } from './ledger-store.js';
import { parseLedger } from './parse-ledger.js';
import { readLedgerEntry } from './read-ledger-entry.js';

/** An event as the caller describes it; the ledger adds version, id, chain link and time. */
export type ProvenanceEventInput = Omit<ProvenanceEvent, 'v' | 'id' | 'prev' | 'time' | 'type'>;

/** How to open a ledger. */
export interface OpenLedgerOptions {
  readonly store: LedgerStore;
  readonly runtime: Pick<Runtime, 'now' | 'random' | 'hasher'>;
  /** Signs checkpoints; without one the ledger is hash-chained but unsigned. */
  readonly signer?: LedgerSigner;
  /** Sign a checkpoint after this many events (default 10); 0 signs only when `checkpoint()` is called. */
  readonly checkpointEvery?: number;
}

/** An open, append-only ledger. */
export interface Ledger {
  /** Entries read at open plus those appended since, in order. */
  readonly entries: () => readonly LedgerEntry[];
  /** Appends an event (and a checkpoint when one is due) and resolves to the event as written. */
  append(event: ProvenanceEventInput): Promise<ProvenanceEvent>;
  /** Signs the current head now (on save or close). Throws without a signer. */
  checkpoint(): Promise<CheckpointEntry>;
}

/**
 * Opens the ledger in `store`, creating it on first append. Refuses a ledger whose last line is torn: appending
 * after it would bury the damage, so the caller recovers first (see `recoverLedger`).
 */
export async function openLedger({ store, runtime, signer, checkpointEvery = 10 }: OpenLedgerOptions): Promise<Ledger> {
  const parsed = parseLedger((await store.read()) ?? '');
  if (parsed.torn !== undefined) {
    throw new LedgerError('torn-ledger', `The provenance ledger ends in a torn line (line ${parsed.torn.line}, byte ${parsed.torn.byteOffset}).`);
  }
  const entries: LedgerEntry[] = [...parsed.entries];
  const lastValue = [...parsed.lines].reverse().find((line) => line.value !== undefined)?.value;
  let head = lastValue === undefined ? ledgerGenesis : await hashEntry(lastValue, runtime.hasher);
  let count = parsed.lines.length;
  let needsLineEnd = parsed.needsLineEnd;
  let sinceCheckpoint = countSinceCheckpoint(entries);
  const nextId = createEntryIdGenerator(runtime.now, runtime.random, entries[entries.length - 1]?.id);
  // Appends run one at a time so two quick generations cannot both link to the same head.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  // The fields every entry starts with; `prev` is read at stamping time, inside the serial queue.
  const stamp = (): Record<string, unknown> => ({ v: 1, id: nextId(), prev: head, time: new Date(runtime.now()).toISOString() });

  const write = async <T extends LedgerEntry>(draft: Record<string, unknown>): Promise<T> => {
    const line = canonicalJson(draft);
    const value: unknown = JSON.parse(line);
    const read = readLedgerEntry(value);
    if ('problem' in read) throw new LedgerError('invalid-input', `The provenance entry was not recorded: ${read.problem}.`);
    await store.append(`${needsLineEnd ? '\n' : ''}${line}\n`);
    needsLineEnd = false;
    head = await hashEntry(value, runtime.hasher);
    count += 1;
    entries.push(read.entry);
    return read.entry as T;
  };

  const signHead = async (): Promise<CheckpointEntry> => {
    if (signer === undefined) throw new LedgerError('invalid-input', 'This ledger has no signing key, so it cannot sign a checkpoint.');
    // The signature covers every field but itself; `prev` ties it to the whole history before it.
    const unsigned = { ...stamp(), type: 'checkpoint', count, algorithm: 'ES256', keyId: signer.keyId, publicKey: signer.publicKey };
    const checkpoint = await write<CheckpointEntry>({ ...unsigned, signature: await signer.sign(canonicalJson(unsigned)) });
    sinceCheckpoint = 0;
    return checkpoint;
  };

  return {
    entries: () => entries,
    append: (event) =>
      serial(async () => {
        const written = await write<ProvenanceEvent>({ ...event, ...stamp(), type: 'event' });
        sinceCheckpoint += 1;
        if (signer !== undefined && checkpointEvery > 0 && sinceCheckpoint >= checkpointEvery) await signHead();
        return written;
      }),
    checkpoint: () => serial(signHead),
  };
}

function countSinceCheckpoint(entries: readonly LedgerEntry[]): number {
  const last = entries.map((entry) => entry.type).lastIndexOf('checkpoint');
  return entries.length - last - 1;
}
