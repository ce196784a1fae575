import { createTrustSettings, createVerifySettings, mergeSettings, Reader, settingsToJson } from '@contentauth/c2pa-node';

/** What Adobe's reader (c2pa-rs through c2pa-node) concluded about one file. */
export interface IndependentVerdict {
  /** `Valid`, `Invalid` or `Trusted`, as c2pa-rs reports `validation_state`. */
  readonly state: string | undefined;
  /** Failure codes of the active manifest, sorted. */
  readonly failures: string[];
  /** Success codes of the active manifest, sorted, without duplicates. */
  readonly successes: string[];
  /** True when the manifest store was found inside the file (not fetched remotely or from a sidecar). */
  readonly embedded: boolean;
  /** The active manifest's `dc:title` and claim generator name. */
  readonly title: string | undefined;
  readonly claimGenerator: string | undefined;
  /** The active manifest's `c2pa.actions` / `c2pa.actions.v2` actions, as c2pa-node decodes them. */
  readonly actions: Record<string, unknown>[];
}

interface StatusEntry {
  readonly code: string;
}

/** Reads and validates a file with c2pa-node; `trustAnchorsPem` makes it trust certificates chaining to those CAs. */
export async function readWithC2paNode(bytes: Uint8Array, mimeType: string, trustAnchorsPem?: string): Promise<IndependentVerdict> {
  // settingsToJson, not the object: Reader.fromAsset would JSON.stringify it in camelCase, which c2pa-rs ignores.
  const settings =
    trustAnchorsPem === undefined
      ? undefined
      : settingsToJson(mergeSettings(createTrustSettings({ verifyTrustList: true, trustAnchors: trustAnchorsPem }), createVerifySettings({ verifyTrust: true })));
  const reader = await Reader.fromAsset({ buffer: Buffer.from(bytes), mimeType }, settings);
  if (reader === null) throw new Error('c2pa-node found no manifest.');
  const store = reader.json() as unknown as {
    validation_state?: string;
    validation_results?: { activeManifest?: { success?: StatusEntry[]; failure?: StatusEntry[] } };
  };
  const results = store.validation_results?.activeManifest;
  const active = reader.getActive() as unknown as
    | { assertions?: { label: string; data: unknown }[]; title?: string; claim_generator_info?: { name?: string }[] }
    | undefined;
  const assertions = active?.assertions ?? [];
  return {
    state: store.validation_state,
    embedded: reader.isEmbedded(),
    title: active?.title,
    claimGenerator: active?.claim_generator_info?.[0]?.name,
    failures: (results?.failure ?? []).map((entry) => entry.code).sort(),
    successes: [...new Set((results?.success ?? []).map((entry) => entry.code))].sort(),
    actions: assertions
      .filter((assertion) => assertion.label === 'c2pa.actions' || assertion.label === 'c2pa.actions.v2')
      .flatMap((assertion) => (assertion.data as { actions: Record<string, unknown>[] }).actions),
  };
}
