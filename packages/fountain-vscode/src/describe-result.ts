import type { Finding } from '@reelkit/core/findings';

/**
 * What a generation came with, in one line for the preview's question: the model, the cost, and any findings the
 * guard's checks raised on it (moderation, the language lint with its replacement, originality, the ledger).
 */
export function describeResult(result: { readonly provider: string; readonly modelId: string; readonly cost: { readonly usd: number; readonly incomplete: boolean }; readonly findings: readonly Finding[] }): string {
  const cost = result.cost.usd === 0 && result.cost.incomplete ? 'cost unknown' : `$${result.cost.usd.toFixed(4)}${result.cost.incomplete ? ' or more' : ''}`;
  const worth = result.findings.filter((finding) => finding.severity !== 'info');
  const findings = worth.length === 0 ? 'No findings.' : `${worth.length === 1 ? '1 finding' : `${worth.length} findings`}: ${worth.map(describeFinding).join(' ')}`;
  return `${result.provider}/${result.modelId}, ${cost}. ${findings}`;
}

/** A finding's message; a language finding also names its replacement, as the quick fix in the editor would. */
function describeFinding(finding: Finding): string {
  return finding.category === 'language' && finding.suggestion !== undefined ? `${finding.message} Instead: ${finding.suggestion}.` : finding.message;
}
