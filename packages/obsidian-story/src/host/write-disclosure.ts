import { computeAiShare, createDisclosure, parseLedger, type DisclosureStatement } from '@reelkit/core/provenance';
import { parseFrontmatter } from '@reelkit/core/story';
import type { TFile } from 'obsidian';
import { aiSpansInNote } from '../generation/ai-spans-in-note.js';
import { ledgerPathFor } from '../generation/ledger-path.js';
import type { FileManagerPort } from './file-manager-port.js';
import type { NoteFile, VaultPort } from './vault-port.js';

/**
 * Writes the note's AI disclosure (share of AI-written words, models, IPTC source type) into its frontmatter through
 * `processFrontMatter`, which edits only those properties. The share counts the note's body, not its frontmatter.
 */
export async function writeDisclosure<File extends NoteFile = TFile>(vault: VaultPort<File>, fileManager: FileManagerPort<File>, file: File): Promise<DisclosureStatement> {
  const noteText = await vault.cachedRead(file);
  const ledgerPath = ledgerPathFor(file.path);
  const ledgerText = (await vault.adapter.exists(ledgerPath)) ? await vault.adapter.read(ledgerPath) : undefined;
  const bodyStart = noteText.length - parseFrontmatter(noteText).body.length;
  const share = computeAiShare(noteText, aiSpansInNote(ledgerText, noteText), [{ id: 'body', start: bodyStart, end: noteText.length }]);
  const disclosure = createDisclosure(parseLedger(ledgerText ?? '').entries, share.sections[0] ?? share.document);
  await fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(disclosure.obsidianFrontmatter)) frontmatter[key] = value;
  });
  return disclosure;
}
