/** Host to preview: replace the script, or scroll so that source `line` is at the top. */
export type PreviewInboundMessage = { readonly type: 'update'; readonly html: string } | { readonly type: 'scroll'; readonly line: number };

/** Preview to host: the preview was scrolled so that source `line` is at its top; `ready` once the page loaded. */
export type PreviewOutboundMessage = { readonly type: 'reveal'; readonly line: number } | { readonly type: 'ready' };

/** Narrows what a webview posted to a message we understand; anything else is ignored. */
export function readPreviewMessage(message: unknown): PreviewOutboundMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, line } = message as { type?: unknown; line?: unknown };
  if (type === 'ready') return { type };
  if (type === 'reveal' && typeof line === 'number' && Number.isInteger(line) && line >= 0) return { type, line };
  return undefined;
}
