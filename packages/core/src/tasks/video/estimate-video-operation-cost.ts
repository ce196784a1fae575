import { defaultPriceTable, estimateCost, findModelPrice, type PriceTable } from '../../models/price-table.js';
import type { Cost } from '../../models/usage.js';

/** The cost of a video operation before it runs, or undefined when the price table cannot say. */
export function estimateVideoOperationCost(provider: string, modelId: string, expectedSeconds: number | undefined, prices: PriceTable = defaultPriceTable): Cost | undefined {
  const price = findModelPrice({ ...defaultPriceTable, ...prices }, provider, modelId);
  if (price?.perSecond === undefined || expectedSeconds === undefined) return undefined;
  return estimateCost({ seconds: expectedSeconds }, price);
}
