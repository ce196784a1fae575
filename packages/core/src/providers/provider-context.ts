import { defaultPriceTable, estimateCost, findModelPrice, type PriceTable } from '../models/price-table.js';
import type { CallMetadata, Usage } from '../models/usage.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { createSecretRedactor, type SecretRedactor } from '../runtime/secret-redactor.js';
import { createCallPolicy, type CallPolicy, type CallPolicySettings } from './policy/call-policy.js';

/** Settings every provider factory accepts besides its own. */
export interface ProviderSettings {
  /** The host's runtime (fetch, clock, logger, …); the globals when omitted. */
  readonly runtime?: Runtime;
  /** Retries, timeouts, concurrency, cache. */
  readonly policy?: CallPolicySettings;
  /** A call policy shared with other providers (a guard's, `guard.providerSettings`); wins over `policy`. */
  readonly callPolicy?: CallPolicy;
  /** Price overrides, merged over the defaults (`provider/model` or `model` keys). */
  readonly prices?: PriceTable;
}

/** What a provider's models share: identity, runtime, the one call policy, prices and the secret redactor. */
export interface ProviderContext {
  readonly provider: string;
  readonly runtime: Runtime;
  readonly policy: CallPolicy;
  readonly prices: PriceTable;
  /** Scrubs this provider's secrets from any text that may reach a log or an error. */
  readonly redact: SecretRedactor;
}

/** Builds the shared context of a provider. */
export function createProviderContext(provider: string, settings: ProviderSettings, secrets: readonly (string | undefined)[]): ProviderContext {
  const runtime = settings.runtime ?? createRuntime();
  return {
    provider,
    runtime,
    policy: settings.callPolicy ?? createCallPolicy(runtime, settings.policy),
    prices: { ...defaultPriceTable, ...settings.prices },
    redact: createSecretRedactor(secrets),
  };
}

/** The metadata of a finished call, priced from the context's table. */
export function createCallMetadata(
  context: ProviderContext,
  modelId: string,
  usage: Usage,
  extras: { readonly requestId?: string | null | undefined; readonly fromCache?: boolean } = {},
): CallMetadata {
  const fromCache = extras.fromCache ?? false;
  return {
    provider: context.provider,
    modelId,
    usage,
    // A cached answer was paid for once already; reporting it again would double-count spend.
    cost: fromCache ? { usd: 0, incomplete: false } : estimateCost(usage, findModelPrice(context.prices, context.provider, modelId)),
    ...(extras.requestId ? { requestId: extras.requestId } : {}),
    fromCache,
  };
}
