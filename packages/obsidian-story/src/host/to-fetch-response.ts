import type { RequestUrlResponse } from 'obsidian';

const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/** Converts Obsidian's buffered `requestUrl` response to a WHATWG Response (statuses that forbid a body get none). */
export function toFetchResponse(response: Pick<RequestUrlResponse, 'status' | 'headers' | 'arrayBuffer'>, url: string): Response {
  const body = nullBodyStatuses.has(response.status) ? null : response.arrayBuffer;
  const result = new Response(body, { status: response.status, headers: response.headers });
  // `Response.url` is read-only and empty for constructed responses; SDKs use it only in error messages.
  Object.defineProperty(result, 'url', { value: url });
  return result;
}
