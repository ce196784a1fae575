import type { StoryFinding } from '../continuity/story-finding.js';

/** A stable key for a finding: rule, place and quoted evidence (so editing elsewhere keeps it dismissed). */
export function findingKey(found: StoryFinding): string {
  return [found.finding.ruleId, found.sceneId ?? '', found.entryId ?? '', found.finding.evidence ?? found.finding.message].join('\u0001');
}

/** The findings the writer has not dismissed. */
export function withoutDismissed(findings: readonly StoryFinding[], dismissed: ReadonlySet<string>): StoryFinding[] {
  return findings.filter((found) => !dismissed.has(findingKey(found)));
}
