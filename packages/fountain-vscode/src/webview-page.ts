import { escapeHtml } from '@reelkit/core/representation';

/** What a webview page needs from the host: the nonce for its style and script, and the webview's CSP source. */
export interface WebviewPageOptions {
  readonly title: string;
  readonly nonce: string;
  readonly cspSource: string;
  readonly style: string;
  readonly body: string;
  /** Inline script; omit for a page without scripts. */
  readonly script?: string;
}

/** A complete webview document under a strict CSP: nothing remote, only our nonce'd style and script run. */
export function renderWebviewPage(options: WebviewPageOptions): string {
  const { nonce, cspSource } = options;
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style nonce="${nonce}">${options.style}</style>`,
    '</head>',
    `<body>${options.body}`,
    options.script === undefined ? '' : `<script nonce="${nonce}">${options.script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A fresh nonce for one page: 128 random bits, hex. */
export function createNonce(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  return Array.from(random.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
