import type { Finding } from '../findings/finding.js';
import { filterParameters } from '../provenance/filter-parameters.js';
import type { LedgerSource } from '../provenance/ledger-entry.js';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import { digitalSourceTypes, type C2paAction, type DigitalSourceType } from '../provenance/provenance-vocabulary.js';
import { summarizeFindings } from '../provenance/summarize-findings.js';
import type { CallMetadata } from '../models/usage.js';
import type { Hasher } from '../runtime/hasher.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** One generated media file, as the ledger should know it. */
export interface MediaEventInput {
  /** The task, e.g. `storyboard`; recorded as the AI actor's name. */
  readonly task: string;
  readonly metadata: CallMetadata;
  /** The file as delivered to the user (after signing) or the text written, so the digest matches what they hold. */
  readonly output: Uint8Array | string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly findings?: readonly Finding[];
  readonly action?: C2paAction;
  readonly digitalSourceType?: DigitalSourceType;
  readonly source?: LedgerSource;
}

/** The entry id, or the finding that says why the file is not in the ledger. */
export type MediaEventOutcome = { readonly entryId: string } | { readonly finding: Finding };

/**
 * Records a generated media file (`c2pa.created`, trainedAlgorithmicMedia by default) with its output digest. A
 * failed recording becomes a finding: the user keeps the file they paid for, and is told the ledger lacks it.
 */
export async function recordMediaEvent(recorder: ProvenanceRecorder, hasher: Hasher, input: MediaEventInput): Promise<MediaEventOutcome> {
  const { metadata } = input;
  try {
    return await recorder.recordEvent({
      actor: { type: 'ai', name: input.task },
      action: input.action ?? 'c2pa.created',
      digitalSourceType: input.digitalSourceType ?? digitalSourceTypes.trainedAlgorithmicMedia,
      provider: metadata.provider,
      model: metadata.modelId,
      ...omitUndefined({ requestId: metadata.requestId }),
      // Keys never reach the ledger: the same filter the text recorder applies (the recorder redacts known secrets too).
      ...(input.parameters === undefined ? {} : { parameters: filterParameters(input.parameters, (text) => text) }),
      outputDigest: `sha256:${await hasher.sha256(input.output)}`,
      ...(input.findings === undefined ? {} : { checks: summarizeFindings(input.findings) }),
      usage: metadata.usage,
      cost: metadata.cost,
      ...omitUndefined({ source: input.source }),
    });
  } catch (error) {
    return {
      finding: {
        ruleId: 'provenance.not-recorded',
        category: 'provenance',
        severity: 'error',
        message: `This ${input.task} file could not be recorded in the provenance ledger: ${error instanceof Error ? error.message : String(error)}`,
        suggestion: 'The file is kept; run "Verify provenance" and fix the ledger before publishing it.',
      },
    };
  }
}
