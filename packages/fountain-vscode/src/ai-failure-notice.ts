import { ReelkitError } from '@reelkit/core/errors';
import { keyedProviders, type ProviderId } from './keyed-providers.js';

/** The button a missing-key error offers; it runs **Reelkit: Set API key**. */
export const setApiKeyButton = 'Set API key';

/** What to tell the user when an AI run failed, and whether storing a key fixes it. */
export interface AiFailureNotice {
  readonly message: string;
  /** Set when the error is a missing key: offer `setApiKeyButton` for this provider (`undefined`: let the user pick). */
  readonly setApiKey?: { readonly provider: ProviderId | undefined };
}

/**
 * The error message of a failed AI run titled `title`. A missing key (the core's `missing_api_key` error, from any
 * bundled copy of the core) also offers to set that provider's key; its message already says where to get one.
 */
export function describeAiFailure(title: string, error: unknown): AiFailureNotice {
  const message = `Reelkit: ${title} failed. ${error instanceof Error ? error.message : String(error)}`;
  if (!ReelkitError.hasCode(error, 'missing_api_key')) return { message };
  return { message, setApiKey: { provider: keyedProviderNamed((error as { provider?: unknown }).provider)?.id } };
}

/** The keyed provider a `MissingApiKeyError` names: it says `OpenAI` or `Replicate`, the labels users know. */
function keyedProviderNamed(name: unknown): (typeof keyedProviders)[number] | undefined {
  return typeof name === 'string' ? keyedProviders.find((provider) => provider.label.toLowerCase() === name.toLowerCase()) : undefined;
}
