/** Folder of the per-note provenance ledgers: hidden from the file list, beside the notes in the same vault. */
export const ledgerFolder = '.reelkit/ledgers';

/**
 * Where a note's ledger lives: `.reelkit/ledgers/<note path>.jsonl` (JSON Lines, append-only). A dot folder keeps
 * ledgers out of search, graph and the file list; note that some sync services skip dot folders by default.
 */
export function ledgerPathFor(notePath: string): string {
  return `${ledgerFolder}/${notePath}.jsonl`;
}
