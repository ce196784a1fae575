import type { ProvenanceRecorder } from '@reelkit/core/provenance';
import type { TFile } from 'obsidian';
import type { PendingSuggestion } from '../generation/run-generation.js';
import type { NoteFile, VaultPort } from './vault-port.js';

/**
 * Writes a Fountain suggestion as the new file it offers (never over an existing one) and records the text as placed
 * in that file's own ledger. Returns the conflict when nothing was written.
 */
export async function saveFountain<File extends NoteFile = TFile>(vault: VaultPort<File>, pending: PendingSuggestion, recorder: (path: string) => Promise<ProvenanceRecorder>): Promise<{ readonly ok: true } | { readonly ok: false; readonly conflict: string }> {
  const path = pending.saveAs;
  if (path === undefined) return { ok: false, conflict: 'This suggestion is not a Fountain file.' };
  if (vault.getFileByPath(path) !== null) return { ok: false, conflict: `${path} exists already; it was left as it is.` };
  const text = `${pending.record.text}\n`;
  await vault.create(path, text);
  if (pending.record.provenanceId !== undefined) {
    const ledger = await recorder(path);
    await ledger.recordPlacement({ generationId: pending.record.provenanceId, document: text, start: 0, end: pending.record.text.length });
    await ledger.checkpoint();
  }
  return { ok: true };
}
