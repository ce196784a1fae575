/** `<work folder>/<project>.ledger.jsonl`: the project's ledger, named after it, beside the panel's sidecars. */
export function projectLedgerPath(workFolder: string, projectName: string): string {
  // Premiere may report the name with its extension; characters Windows forbids in file names become dashes.
  const stem = projectName.replace(/\.prproj$/i, '').replace(/[<>:"/\\|?*\p{Cc}]+/gu, '-').trim() || 'project';
  return `${workFolder.replace(/[/\\]+$/, '')}/${stem}.ledger.jsonl`;
}
