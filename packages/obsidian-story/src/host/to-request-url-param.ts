import type { RequestUrlParam } from 'obsidian';
import { omitUndefined } from '@reelkit/core/runtime';

/**
 * Converts a WHATWG Request to Obsidian's `requestUrl` parameters: the body buffered as bytes (or omitted), headers
 * as a plain record, and `throw: false` so HTTP errors reach the SDK as responses it knows how to read.
 */
export async function toRequestUrlParam(request: Request): Promise<RequestUrlParam> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const body = hasBody ? await request.arrayBuffer() : undefined;
  const contentType = headers['content-type'];
  return {
    url: request.url,
    method: request.method,
    headers,
    ...omitUndefined({ contentType }),
    ...(body === undefined || body.byteLength === 0 ? {} : { body }),
    throw: false,
  };
}
