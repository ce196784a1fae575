import { describe, expect, it } from 'vitest';
import { createNonce, renderWebviewPage } from './webview-page.js';

describe('renderWebviewPage', () => {
  it('allows only the nonce for style and script, and nothing remote', () => {
    const html = renderWebviewPage({ title: 'A <b>', nonce: 'n0', cspSource: 'https://x.vscode-cdn.net', style: 'p{}', body: '<p>hi</p>', script: 'run()' });
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https://x.vscode-cdn.net &#39;nonce-n0&#39;; script-src &#39;nonce-n0&#39;; img-src https://x.vscode-cdn.net data:; font-src https://x.vscode-cdn.net">',
    );
    expect(html).toContain('<title>A &lt;b&gt;</title>');
    expect(html).toContain('<style nonce="n0">p{}</style>');
    expect(html).toContain('<script nonce="n0">run()</script>');
  });
});

describe('createNonce', () => {
  it('turns 16 random bytes into 32 hex digits', () => {
    const random = { getRandomValues: <T extends ArrayBufferView | null>(array: T): T => (new Uint8Array((array as unknown as Uint8Array).buffer).fill(171), array) };
    expect(createNonce(random)).toBe('ab'.repeat(16));
  });
});
