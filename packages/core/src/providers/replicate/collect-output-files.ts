import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import { base64ToBytes } from '../../runtime/base64.js';
import { sniffMediaType } from '../../runtime/sniff-media-type.js';
import { fetchGeneratedFile } from '../fetch-generated-file.js';
import type { ProviderContext } from '../provider-context.js';

/** Every file link in a model's output, in order: outputs are a URL, a list of URLs, or an object holding them. */
export function findOutputFileUrls(output: unknown): string[] {
  if (typeof output === 'string') return /^(https?:|data:)/.test(output) ? [output] : [];
  if (Array.isArray(output)) return output.flatMap(findOutputFileUrls);
  if (typeof output === 'object' && output !== null) return Object.values(output).flatMap(findOutputFileUrls);
  return [];
}

const decodeDataUrl = (url: string): GeneratedFile => {
  const comma = url.indexOf(',');
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const bytes = header.endsWith(';base64') ? base64ToBytes(payload) : new TextEncoder().encode(decodeURIComponent(payload));
  const declared = header.split(';')[0];
  return { bytes, mediaType: declared || sniffMediaType(bytes) };
};

/** Downloads (or decodes) every file a prediction produced; an output with no file is an invalid response. */
export async function collectOutputFiles(context: ProviderContext, output: unknown, signal: AbortSignal | undefined): Promise<GeneratedFile[]> {
  const urls = findOutputFileUrls(output);
  if (urls.length === 0) throw new InvalidResponseError(context.provider, 'the prediction succeeded but produced no file');
  return Promise.all(
    urls.map((url) =>
      url.startsWith('data:')
        ? decodeDataUrl(url)
        : context.policy.execute({
            operation: `downloading ${context.provider} output`,
            signal,
            attempt: (attemptSignal) => fetchGeneratedFile(context, url, attemptSignal),
            normalizeError: (error) => new InvalidResponseError(context.provider, error instanceof Error ? context.redact(error.message) : 'download failed'),
          }),
    ),
  );
}
