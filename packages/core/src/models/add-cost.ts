import type { Cost } from './usage.js';

/** Nothing spent yet. */
export const noCost: Cost = { usd: 0, incomplete: false };

/**
 * The sum of two costs; incomplete when either is, so an unknown price is never shown as a total. Not rounded:
 * batch prices go below the table's 1e-8 steps, and rounding each step would drift over thousands of items.
 */
export function addCost(left: Cost, right: Cost): Cost {
  return { usd: left.usd + right.usd, incomplete: left.incomplete || right.incomplete };
}
