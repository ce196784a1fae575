import type { Finding } from '@reelkit/core/findings';

/** The findings to review, as a sentence to append to a run's message; empty when there are none. */
export function reviewFindings(findings: readonly Finding[]): string {
  return findings.length === 0 ? '' : ` To review: ${findings.map((finding) => finding.message).join(' ')}`;
}
