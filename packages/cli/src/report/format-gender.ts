import type { ReportCharacter } from '@reelkit/core';

/** A character's gender as shown to people: inferred values always say so, with their confidence. */
export function formatGender(gender: ReportCharacter['gender']): string {
  if (gender.source === 'inferred') return `${gender.value} (inferred, ${gender.confidence.toFixed(2)})`;
  return gender.value;
}
