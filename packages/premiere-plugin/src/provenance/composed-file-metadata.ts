import type { CallMetadata } from '@reelkit/core/models';

/**
 * The call metadata of a file the panel composed from generations it already recorded (a dub track laid from takes,
 * captions written from a transcript): the model that made the parts, and no usage or cost, which the parts' own
 * ledger entries carry (so a ledger's costs add up once).
 */
export function composedFileMetadata(model: { readonly provider: string; readonly modelId: string }): CallMetadata {
  return { provider: model.provider, modelId: model.modelId, usage: {}, cost: { usd: 0, incomplete: false }, fromCache: false };
}
