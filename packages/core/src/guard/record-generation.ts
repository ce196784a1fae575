import type { Finding } from '../findings/finding.js';
import type { GenerationRecordInput, ProvenanceRecorder } from '../provenance/provenance-recorder.js';

/** The entry id of a recorded generation, or the finding that says why it could not be recorded. */
export type RecordOutcome = { readonly provenanceId: string } | { readonly notRecorded: Finding };

/**
 * Records a generation. A failed recording never costs the writer the output: it becomes a
 * `provenance.not-recorded` finding for the caller to show beside the kept text.
 */
export async function recordGeneration(recorder: ProvenanceRecorder, input: GenerationRecordInput): Promise<RecordOutcome> {
  try {
    const { entryId } = await recorder.record(input);
    return { provenanceId: entryId };
  } catch (error) {
    return {
      notRecorded: {
        ruleId: 'provenance.not-recorded',
        category: 'provenance',
        severity: 'error',
        message: `This generation could not be recorded in the provenance ledger: ${error instanceof Error ? error.message : String(error)}`,
        suggestion: 'The text is kept; run "Verify provenance" and fix the ledger before relying on its AI share.',
      },
    };
  }
}
