import { ApiCallError } from '../errors/api-call-error.js';
import type { GeneratedFile } from '../models/generated-file.js';
import { sniffMediaType } from '../runtime/sniff-media-type.js';
import { readRetryAfterMs } from './policy/retry-after.js';
import type { ProviderContext } from './provider-context.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/**
 * Downloads a file a provider produced, through the policy's idle-watched fetch, so hosts receive bytes rather
 * than URLs that expire within the hour.
 */
export async function fetchGeneratedFile(context: ProviderContext, url: string, signal: AbortSignal): Promise<GeneratedFile> {
  const response = await context.policy.fetch(url, { signal });
  if (!response.ok) {
    const retryAfterMs = readRetryAfterMs(response.headers, context.runtime.now());
    throw new ApiCallError({
      provider: context.provider,
      status: response.status,
      message: `Downloading the generated file failed with ${response.status}.`,
      hint: 'Provider file links expire after about an hour; run the generation again if it is older.',
      isRetryable: response.status === 429 || response.status >= 500,
      ...omitUndefined({ retryAfterMs }),
    });
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const declared = response.headers.get('content-type')?.split(';')[0]?.trim();
  const mediaType = declared && declared !== 'application/octet-stream' ? declared : sniffMediaType(bytes);
  return { bytes, mediaType, sourceUrl: url };
}
