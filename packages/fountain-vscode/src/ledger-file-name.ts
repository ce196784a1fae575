/** The suffix of the ledger kept beside a script: `act-one.fountain` → `act-one.fountain.ledger.jsonl`. */
export const ledgerSuffix = '.ledger.jsonl';

/** The path of the ledger beside the script at `scriptPath`. */
export function ledgerPathFor(scriptPath: string): string {
  return `${scriptPath}${ledgerSuffix}`;
}
