import type { ProvenanceRecorder } from '@reelkit/core/provenance';
import type { TFile } from 'obsidian';
import { applySuggestion, type AppliedSuggestion, type ApplyMode } from '../generation/apply-suggestion.js';
import type { PendingSuggestion } from '../generation/run-generation.js';
import type { NoteFile, VaultPort } from './vault-port.js';

/**
 * Applies a suggestion the writer accepted, atomically through `Vault.process` (the note is read and written in one
 * step, so an edit made meanwhile is never lost), then records where the AI text landed in the note's ledger.
 * A conflict leaves the note untouched and is returned for the view to show.
 */
export async function acceptSuggestion<File extends NoteFile = TFile>(vault: VaultPort<File>, recorder: ProvenanceRecorder, pending: PendingSuggestion, mode: ApplyMode): Promise<AppliedSuggestion> {
  const file = vault.getFileByPath(pending.target.notePath);
  if (file === null) return { ok: false, conflict: `The note ${pending.target.notePath} no longer exists.` };
  // Assigned inside `process`, which runs the callback exactly once before it resolves.
  const outcome: { result: AppliedSuggestion } = { result: { ok: false, conflict: 'The note could not be read.' } };
  await vault.process(file, (current) => {
    outcome.result = applySuggestion(current, pending.target, pending.record.text, mode);
    return outcome.result.ok ? outcome.result.document : current;
  });
  const { result } = outcome;
  if (result.ok && pending.record.provenanceId !== undefined) {
    await recorder.recordPlacement({ generationId: pending.record.provenanceId, document: result.document, start: result.start, end: result.end });
  }
  return result;
}
