import type { CallMetadata } from '../models/usage.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** Just the call metadata of a model's result, for the guarded result and the ledger (the payload is kept apart). */
export const callMetadataOf = ({ provider, modelId, usage, cost, requestId, fromCache }: CallMetadata): CallMetadata => ({
  provider,
  modelId,
  usage,
  cost,
  fromCache,
  ...omitUndefined({ requestId }),
});
