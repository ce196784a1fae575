import { createLedgerRecorder } from '../../provenance/create-ledger-recorder.js';
import type { ProvenanceEvent } from '../../provenance/ledger-entry.js';
import { createMemoryLedgerStore } from '../../provenance/ledger-store.js';
import { parseLedger } from '../../provenance/parse-ledger.js';
import { createPromptKey } from '../../provenance/prompt-digest.js';
import type { ProvenanceRecorder } from '../../provenance/provenance-recorder.js';
import type { Runtime } from '../../runtime/runtime.js';

/** A real ledger recorder over a memory store, and a reader of the events it wrote. */
export async function createTestRecorder(runtime: Runtime): Promise<{ recorder: ProvenanceRecorder; events: () => Promise<ProvenanceEvent[]> }> {
  const store = createMemoryLedgerStore();
  const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle) });
  const events = async (): Promise<ProvenanceEvent[]> =>
    parseLedger((await store.read()) ?? '').entries.filter((entry): entry is ProvenanceEvent => entry.type === 'event');
  return { recorder, events };
}
