import type { Runtime } from '../runtime/runtime.js';
import { createSecretRedactor, type SecretRedactor } from '../runtime/secret-redactor.js';
import { filterParameters } from './filter-parameters.js';
import type { JsonValue, ProvenanceEvent } from './ledger-entry.js';
import { loadLedgerSigner, type SigningKeyStore } from './ledger-signer.js';
import type { LedgerStore } from './ledger-store.js';
import { openLedger, type Ledger, type ProvenanceEventInput } from './open-ledger.js';
import { digestPrompt } from './prompt-digest.js';
import type { GenerationRecordInput, ProvenanceRecorder } from './provenance-recorder.js';
import { digitalSourceTypes } from './provenance-vocabulary.js';
import { summarizeFindings } from './summarize-findings.js';
import { createTextSpan } from './text-span.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** How to record: where, with which keys, and whether prompts are kept. */
export interface LedgerRecorderOptions {
  readonly store: LedgerStore;
  readonly runtime: Pick<Runtime, 'now' | 'random' | 'hasher' | 'subtle'>;
  /** The install's prompt key (base64, from the host secret store; see `createPromptKey`). */
  readonly promptKey: string;
  /** The host secret store holding the checkpoint signing key; without it checkpoints are not signed. */
  readonly signingKeys?: SigningKeyStore;
  /** Store prompts as text. Off by default: only the keyed digest is stored. */
  readonly recordPrompt?: boolean;
  /** Secrets in use (API keys, tokens): removed from every recorded string, prompts included. */
  readonly secrets?: readonly (string | undefined)[];
  /** Sign a checkpoint after this many entries; 10 by default. */
  readonly checkpointEvery?: number;
}

/** A recorder over a ledger in `store`. The ledger is opened on first use, so creating one costs nothing. */
export function createLedgerRecorder(options: LedgerRecorderOptions): ProvenanceRecorder {
  const { store, runtime, promptKey, recordPrompt = false } = options;
  // The prompt key itself is a secret too: redact it should a caller ever pass it as a parameter.
  const redact = createSecretRedactor([...(options.secrets ?? []), promptKey]);
  let opened: Promise<Ledger> | undefined;
  const ledger = (): Promise<Ledger> =>
    (opened ??= (async () => {
      const signer = options.signingKeys === undefined ? undefined : await loadLedgerSigner(options.signingKeys, runtime.subtle);
      const settings = { store, runtime, ...omitUndefined({ checkpointEvery: options.checkpointEvery }) };
      return openLedger(signer === undefined ? settings : { ...settings, signer });
    })());
  const append = async (event: ProvenanceEventInput): Promise<{ entryId: string }> => ({ entryId: (await (await ledger()).append(redactEvent(event, redact))).id });

  return {
    record: async (input) => append(await generationEvent(input, promptKey, recordPrompt, redact, runtime)),
    recordPlacement: (input) =>
      append({
        actor: input.actor ?? { type: 'ai' },
        action: 'c2pa.placed',
        digitalSourceType: digitalSourceTypes.trainedAlgorithmicMedia,
        span: createTextSpan(input.document, input.start, input.end),
        source: { entryId: input.generationId },
      }),
    recordEvent: append,
    checkpoint: async () => {
      if (options.signingKeys !== undefined) await (await ledger()).checkpoint();
    },
  };
}

async function generationEvent(input: GenerationRecordInput, promptKey: string, recordPrompt: boolean, redact: SecretRedactor, runtime: LedgerRecorderOptions['runtime']): Promise<ProvenanceEventInput> {
  const optional = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });
  return {
    actor: { type: 'ai', name: input.task },
    action: input.action ?? (input.placement === undefined ? 'c2pa.created' : 'c2pa.placed'),
    digitalSourceType: input.digitalSourceType ?? digitalSourceTypes.trainedAlgorithmicMedia,
    provider: input.provider,
    model: input.model,
    ...optional('modelVersion', input.modelVersion),
    ...optional('requestId', input.requestId),
    promptDigest: await digestPrompt(input.prompt, promptKey, runtime.subtle),
    ...optional('prompt', recordPrompt ? input.prompt : undefined),
    ...optional('parameters', input.parameters === undefined ? undefined : filterParameters(input.parameters, redact)),
    outputDigest: `sha256:${await runtime.hasher.sha256(input.output)}`,
    ...optional('span', input.placement === undefined ? undefined : createTextSpan(input.placement.document, input.placement.start, input.placement.end)),
    ...optional('checks', input.findings === undefined ? undefined : summarizeFindings(input.findings)),
    ...optional('usage', input.usage),
    ...optional('cost', input.cost),
    ...optional('source', input.source),
  } as ProvenanceEventInput;
}

/**
 * Removes secrets — the listed ones and anything shaped like a key — from every string of an event except the span,
 * which quotes the user's own document; parameters pass the credential-name filter on every path, `recordEvent` too.
 */
function redactEvent(event: ProvenanceEventInput, redact: SecretRedactor): ProvenanceEventInput {
  const { span, ...rest } = event;
  const filtered = rest.parameters === undefined ? rest : { ...rest, parameters: filterParameters(rest.parameters, redact) };
  const cleaned = redactValue(filtered as unknown as JsonValue, redact) as unknown as Omit<ProvenanceEvent, 'span'>;
  return (span === undefined ? cleaned : { ...cleaned, span }) as ProvenanceEventInput;
}

function redactValue(value: JsonValue, redact: SecretRedactor): JsonValue {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item: JsonValue) => redactValue(item, redact));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, redact)]));
  return value;
}
