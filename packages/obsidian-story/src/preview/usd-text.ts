import type { Cost } from '@reelkit/core/models';

/** A cost as the previews show it: four decimals under a cent, two above; `unknown` when there is no estimate. */
export function usdText(value: number | undefined): string {
  if (value === undefined) return 'unknown';
  return value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

/** "Estimated cost $0.0012", saying when no price is known for the model. */
export function estimatedCostText(cost: Cost | undefined): string {
  return `Estimated cost ${usdText(cost?.usd)}${cost?.incomplete === true ? ' (no price known for this model)' : ''}.`;
}
