import { escapeHtml } from '@reelkit/core/representation';

/** What the report page needs from the host to run under a webview's strict CSP. */
export interface ReportWebviewOptions {
  readonly nonce: string;
  readonly cspSource: string;
}

/** A message the report page sends its host: rendered, or a quick fix the writer clicked. */
export type ReportPageMessage = { readonly type: 'ready'; readonly charts: number } | { readonly type: 'run'; readonly command: ReportQuickFix };

/** The quick fixes the report page offers: declaring the cast fixes an undetermined Bechdel verdict and unknown genders. */
export type ReportQuickFix = 'declareCast';

// Findings whose fix is declaring the cast.
const castFindings = ['rep.bechdel-undetermined', 'rep.gender-unknown'];
const declareCastButton = '<button type="button" class="quick-fix" data-quick-fix="declareCast">Declare cast…</button>';

/**
 * The CLI's self-contained report page (`renderReportHtml`, the same charts) made fit for a webview: a strict CSP,
 * its style under our nonce, a "Declare cast…" quick fix beside an undetermined verdict and the findings it fixes, and
 * one script that tells the host the page rendered and which quick fix was clicked.
 */
export function reportWebviewHtml(reportHtml: string, { nonce, cspSource }: ReportWebviewOptions): string {
  const csp = ["default-src 'none'", `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
  const script = [
    'const vscode = acquireVsCodeApi();',
    "for (const button of document.querySelectorAll('button[data-quick-fix]')) button.addEventListener('click', () => vscode.postMessage({ type: 'run', command: button.dataset.quickFix }));",
    "vscode.postMessage({ type: 'ready', charts: document.querySelectorAll('svg').length });",
  ].join('\n');
  const quickFixStyle = `<style nonce="${nonce}">button.quick-fix { margin-left: 0.6rem; font: inherit; font-size: 13px; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 8px; cursor: pointer; } button.quick-fix:hover { background: var(--vscode-button-hoverBackground); }</style>`;
  return reportHtml
    .replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`)
    .replace(/<style>/gu, `<style nonce="${nonce}">`)
    .replace('</head>', `${quickFixStyle}\n</head>`)
    .replace(/(<h2 id="bechdel-heading">[^<]*<span class="undetermined">undetermined<\/span><\/h2>)/u, `$1\n<p>${declareCastButton}</p>`)
    .replace(new RegExp(`(<code>(?:${castFindings.map((id) => id.replace('.', '\\.')).join('|')})</code>)`, 'gu'), `$1 ${declareCastButton}`)
    .replace('</body>', `<script nonce="${nonce}">${script}</script>\n</body>`);
}

/** The quick fix a page message asks for, if it is one the page offers; anything else is ignored. */
export function requestedQuickFix(message: unknown): ReportQuickFix | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, command } = message as { type?: unknown; command?: unknown };
  return type === 'run' && command === 'declareCast' ? command : undefined;
}
