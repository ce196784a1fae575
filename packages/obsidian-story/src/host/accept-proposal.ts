import type { ProvenanceRecorder } from '@reelkit/core/provenance';
import type { TFile } from 'obsidian';
import { newEntryNote } from '../bible/new-entry-note.js';
import type { BibleProposal } from '../extract/bible-proposal.js';
import { sourceLink, withFact } from '../extract/proposal-text.js';
import type { NoteFile, VaultPort } from './vault-port.js';

/** What accepting a proposal did: the note written, or why nothing was. */
export type AcceptedProposal = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly conflict: string };

/**
 * Writes a proposal the writer accepted, keeping its source link: a new entry as a new note in the entries folder
 * (never over an existing one), a fact into its entry's description through `Vault.process` (one atomic read and
 * write). The AI-written text is then recorded as placed in that note's ledger.
 */
export async function acceptProposal<File extends NoteFile = TFile>(vault: VaultPort<File>, entriesFolder: string, proposal: BibleProposal, recorder: (notePath: string) => Promise<ProvenanceRecorder>): Promise<AcceptedProposal> {
  let placed: { path: string; document: string; start: number; end: number };
  if (proposal.kind === 'entry') {
    const description = `${proposal.description} ${sourceLink(proposal)}`;
    const note = newEntryNote(entriesFolder, proposal.type, proposal.name, { aliases: proposal.aliases, description });
    if (vault.getFileByPath(note.path) !== null) return { ok: false, conflict: `${note.path} exists already; it was left as it is.` };
    const folder = note.path.slice(0, note.path.lastIndexOf('/'));
    if (folder !== '' && !(await vault.adapter.exists(folder))) await vault.createFolder(folder);
    await vault.create(note.path, note.text);
    const start = note.text.indexOf(description);
    placed = { path: note.path, document: note.text, start, end: start + description.length };
  } else {
    const file = vault.getFileByPath(proposal.entryPath);
    if (file === null) return { ok: false, conflict: `The entry note ${proposal.entryPath} no longer exists.` };
    let added = { text: '', start: 0, end: 0 };
    await vault.process(file, (current) => (added = withFact(current, proposal.fact, proposal)).text);
    placed = { path: proposal.entryPath, document: added.text, start: added.start, end: added.end };
  }
  if (proposal.provenanceId !== undefined) {
    const ledger = await recorder(placed.path);
    await ledger.recordPlacement({ generationId: proposal.provenanceId, document: placed.document, start: placed.start, end: placed.end });
  }
  return { ok: true, path: placed.path };
}
