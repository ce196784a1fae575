import type { BechdelExchange, BechdelResult } from './bechdel-result.js';
import { decide } from './bechdel-test.js';

/** A model's verdict on one exchange: is it about a man? */
export interface BechdelVerdict {
  readonly aboutAMan: boolean;
  /** One sentence the report can show. */
  readonly reason: string;
}

/** Plugs a model into step 3: word lists miss "the new guy at work" and flag "his" for a dog. */
export interface BechdelConfirmer {
  confirm(exchange: BechdelExchange, signal?: AbortSignal): Promise<BechdelVerdict>;
}

/**
 * Re-decides step 3 with a confirmer's verdict on every exchange. The word-list references are replaced by the
 * model's reason when it disagrees, so the evidence still says why.
 */
export async function confirmBechdel(result: BechdelResult, confirmer: BechdelConfirmer, signal?: AbortSignal): Promise<BechdelResult> {
  const confirmed: BechdelExchange[] = [];
  for (const exchange of result.evidence) {
    const verdict = await confirmer.confirm(exchange, signal);
    const aboutAMan = exchange.maleReferences.length > 0;
    if (verdict.aboutAMan === aboutAMan) confirmed.push(exchange);
    else confirmed.push({ ...exchange, maleReferences: verdict.aboutAMan ? [verdict.reason] : [] });
  }
  return decide(result.namedWomen, confirmed, result.undeclared);
}
