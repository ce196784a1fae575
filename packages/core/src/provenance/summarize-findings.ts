import type { Finding } from '../findings/finding.js';
import type { ChecksSummary } from './ledger-entry.js';

/** The counts and rule ids of a generation's findings, for its ledger entry (messages and evidence stay out). */
export function summarizeFindings(findings: readonly Finding[]): ChecksSummary {
  const count = (severity: Finding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    total: findings.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    ruleIds: [...new Set(findings.map((finding) => finding.ruleId))].sort(),
  };
}
