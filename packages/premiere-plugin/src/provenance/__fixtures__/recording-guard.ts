import { createLedgerRecorder, createMemoryLedgerStore, createPromptKey, parseLedger, type LedgerEntry, type MemoryLedgerStore } from '@reelkit/core/provenance';
import type { GeneratedMediaSigner } from '@reelkit/core/provenance/media';
import { createGuard, type Guard } from '@reelkit/core/guard';
import { createRuntime, type Runtime } from '@reelkit/core/runtime';
import { omitUndefined } from '@reelkit/core/runtime';

/** A guard recording into an in-memory ledger (and signing with `signer`, when given), for feature tests. */
export async function createRecordingGuard(options: { readonly runtime?: Runtime; readonly signer?: GeneratedMediaSigner } = {}): Promise<{ guard: Guard; ledger: MemoryLedgerStore; entries: () => readonly LedgerEntry[] }> {
  const runtime = options.runtime ?? createRuntime();
  const ledger = createMemoryLedgerStore();
  const recorder = createLedgerRecorder({ store: ledger, runtime, promptKey: await createPromptKey(runtime.subtle) });
  const guard = createGuard({ runtime, recorder, ...omitUndefined({ signer: options.signer }) });
  return { guard, ledger, entries: () => parseLedger(ledger.text() ?? '').entries };
}

/** The ledger entry id an imported item's XMP names (`reelkit:provenanceId`), if any. */
export function xmpProvenanceId(xmp: string | undefined): string | undefined {
  return /<reelkit:provenanceId>([^<]+)<\/reelkit:provenanceId>/.exec(xmp ?? '')?.[1];
}
