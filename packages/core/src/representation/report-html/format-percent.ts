/** A 0..1 share as a percentage with one decimal, e.g. `33.4%`. */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
