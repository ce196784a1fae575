import type { LedgerVerification } from '@reelkit/core/provenance';

/** A ledger verification as lines for the output channel and one sentence for the notification. */
export function formatVerification(script: string, verification: LedgerVerification): { readonly summary: string; readonly lines: readonly string[] } {
  const problems = verification.issues.filter((issue) => issue.severity !== 'info').length;
  const signed = verification.checkpoints === 0 ? 'no signed checkpoints yet' : `${verification.validSignatures} of ${verification.checkpoints} checkpoints verified`;
  const summary = verification.ok
    ? `The ledger of ${script} verifies: ${verification.events} events, ${signed}.`
    : `The ledger of ${script} has ${problems === 1 ? '1 problem' : `${problems} problems`}; see the Reelkit output.`;
  const lines = [
    `Ledger of ${script}: ${verification.entries} entries (${verification.events} events, ${verification.checkpoints} checkpoints), ${signed}.`,
    ...(verification.signedThrough === undefined ? [] : [`Signed through entry ${verification.signedThrough}.`]),
    `AI spans: ${verification.spans.length} (${verification.spans.filter((span) => span.status === 'intact').length} intact, ${verification.spans.filter((span) => span.status === 'edited').length} edited, ${verification.spans.filter((span) => span.status === 'lost').length} lost).`,
    ...verification.issues.map((issue) => `${issue.severity.toUpperCase()} ${issue.kind} ${issue.entryId === undefined ? `line ${issue.line}` : `entry ${issue.entryId} (line ${issue.line})`}: ${issue.message}`),
  ];
  return { summary, lines };
}
