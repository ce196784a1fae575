import { ApiCallError } from '../../errors/api-call-error.js';
import { InvalidResponseError } from '../../errors/invalid-response-error.js';

const parseJsonObject = (bytes: Uint8Array): Record<string, unknown> | undefined => {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024)).trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const errorCodeOf = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, type } = error as { code?: unknown; type?: unknown };
  const found = typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
  return found === '' ? undefined : found;
};

const errorMessageOf = (body: Record<string, unknown>): string => {
  const error = body['error'];
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return typeof body['message'] === 'string' ? body['message'] : 'no message';
};

/**
 * The audio bytes of a speech answer, refusing a body that is not audio whatever its content type says: some
 * servers send a JSON error with status 200 and `audio/mpeg`, which would otherwise be saved as a broken file.
 */
export async function readSpeechAudio(response: Response, provider: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (bytes.length === 0) throw new InvalidResponseError(provider, 'the speech answer is empty');
  const json = parseJsonObject(bytes);
  if (json !== undefined && ('error' in json || 'message' in json)) {
    const providerCode = errorCodeOf(json['error']);
    throw new ApiCallError({
      provider,
      status: response.status,
      message: `${provider} answered an error instead of audio${providerCode ? ` (${providerCode})` : ''}: ${errorMessageOf(json).slice(0, 300)}`,
      hint: 'Check the speech model and voice names the server offers.',
      isRetryable: false,
      ...(providerCode === undefined ? {} : { providerCode }),
    });
  }
  if (json !== undefined || contentType.startsWith('text/') || contentType.includes('json')) {
    throw new InvalidResponseError(provider, `the speech answer is not audio (${contentType || 'no content type'})`);
  }
  return bytes;
}
