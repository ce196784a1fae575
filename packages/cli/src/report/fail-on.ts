import type { FindingSeverity } from '@reelkit/core/findings';
import type { ScreenplayReport } from '@reelkit/core/representation';

const severityRank: Readonly<Record<FindingSeverity, number>> = { info: 0, warning: 1, error: 2 };

/** Which `--fail-on` thresholds a report meets, each with a line saying why; empty when the run passes. */
export function checkFailOn(report: ScreenplayReport, thresholds: readonly string[]): string[] {
  const reasons: string[] = [];
  for (const threshold of thresholds) {
    if (threshold === 'bechdel') {
      // Only a real fail: unknown genders make the verdict undetermined, which a writers' room must not fail on.
      if (report.bechdel.verdict === 'fail') reasons.push('--fail-on bechdel: the script does not pass the Bechdel–Wallace test.');
      continue;
    }
    const matching = report.findings.filter((finding) => matches(threshold, finding.ruleId, finding.severity));
    if (matching.length > 0) reasons.push(`--fail-on ${threshold}: ${matching.length} finding${matching.length === 1 ? '' : 's'}.`);
  }
  return reasons;
}

/** Whether a `--fail-on` value is one the command understands: `bechdel`, a severity, a rule id or a `prefix.*`. */
export function isFailOnValue(value: string): boolean {
  return value === 'bechdel' || value in severityRank || /^[a-z]+(?:\.[a-z0-9-]+)*(?:\.\*)?$/.test(value);
}

function matches(threshold: string, ruleId: string, severity: FindingSeverity): boolean {
  const rank = severityRank[threshold as FindingSeverity];
  if (rank !== undefined) return severityRank[severity] >= rank;
  if (threshold.endsWith('.*')) return ruleId.startsWith(threshold.slice(0, -1));
  return ruleId === threshold;
}
