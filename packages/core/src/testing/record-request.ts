import type { IncomingMessage } from 'node:http';
import type { FakeRoute } from './fake-step.js';
import { multipartBoundary, parseMultipart } from './parse-multipart.js';
import type { RecordedRequest } from './recorded-request.js';

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const parseJson = (text: string): { readonly json?: unknown } => {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return {};
  }
};

/** Reads a whole request and records it, parsing JSON and multipart bodies. */
export async function recordRequest(request: IncomingMessage, route: FakeRoute | 'unknown'): Promise<RecordedRequest> {
  const body = await readBody(request);
  const bodyText = body.toString('utf8');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const contentType = headers['content-type'] ?? '';
  const boundary = multipartBoundary(contentType);
  return {
    route,
    method: request.method ?? 'GET',
    path: request.url ?? '/',
    headers,
    bodyText,
    ...(/\bjson\b/i.test(contentType) ? parseJson(bodyText) : {}),
    ...(boundary === undefined ? {} : { form: parseMultipart(body, boundary) }),
  };
}
