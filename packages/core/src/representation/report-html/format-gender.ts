import type { ReportCharacter } from '../screenplay-report.js';

/** A character's gender as shown to people: inferred values always say so, with their confidence. */
export function formatGender(gender: ReportCharacter['gender']): string {
  if (gender.source === 'inferred') return `${gender.value} (inferred, ${gender.confidence.toFixed(2)})`;
  return gender.value;
}
