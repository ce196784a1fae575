import type OpenAI from 'openai';
import type { ReelkitError } from '../../errors/reelkit-error.js';
import type { ProviderContext } from '../provider-context.js';
import { normalizeOpenAIError } from './normalize-openai-error.js';

/** What each OpenAI-style model needs: the provider context, an SDK client, and wire-format differences. */
export interface OpenAIModelContext extends ProviderContext {
  readonly client: OpenAI;
  /** OpenAI takes `max_completion_tokens`; older local servers only know `max_tokens`. */
  readonly maxTokensField: 'max_completion_tokens' | 'max_tokens';
  /** Whether to ask for a usage chunk at the end of a stream (`stream_options.include_usage`). */
  readonly streamUsage: boolean;
  /** The output cap of a text request that names none; unset leaves it to the server. */
  readonly defaultMaxOutputTokens?: number;
}

/** The error normaliser for a model context. */
export function openAIErrorNormalizer(context: OpenAIModelContext): (error: unknown) => ReelkitError {
  return (error) =>
    normalizeOpenAIError(error, {
      provider: context.provider,
      redact: context.redact,
      now: context.runtime.now(),
      firstByteTimeoutMs: context.policy.limits.firstByteTimeoutMs,
    });
}
