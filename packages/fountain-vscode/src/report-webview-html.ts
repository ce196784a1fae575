import { escapeHtml } from '@reelkit/core/representation';

/** What the report page needs from the host to run under a webview's strict CSP. */
export interface ReportWebviewOptions {
  readonly nonce: string;
  readonly cspSource: string;
}

/**
 * The CLI's self-contained report page (`renderReportHtml`, the same charts) made fit for a webview: a strict CSP,
 * its style under our nonce, and one script that tells the host the page rendered.
 */
export function reportWebviewHtml(reportHtml: string, { nonce, cspSource }: ReportWebviewOptions): string {
  const csp = ["default-src 'none'", `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
  const ready = `const vscode = acquireVsCodeApi(); vscode.postMessage({ type: 'ready', charts: document.querySelectorAll('svg').length });`;
  return reportHtml
    .replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`)
    .replace(/<style>/gu, `<style nonce="${nonce}">`)
    .replace('</body>', `<script nonce="${nonce}">${ready}</script>\n</body>`);
}
