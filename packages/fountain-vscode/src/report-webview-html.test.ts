import { createScreenplayReport, renderReportHtml } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { reportWebviewHtml, requestedQuickFix } from './report-webview-html.js';

describe('reportWebviewHtml', () => {
  const script = 'Title: Bus Stop\n\nINT. BUS STOP - NIGHT\n\nBOB\nShe is late.\n\nALICE\nThe bus never came.\n';
  const html = reportWebviewHtml(renderReportHtml(createScreenplayReport(parseFountain(script)), 'bus.fountain'), { nonce: 'n0nce', cspSource: 'vscode-resource:' });

  it('puts the CSP first in the head and the style and script under the nonce', () => {
    expect(html).toContain(`<head>\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-resource: &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;; img-src vscode-resource: data:">`);
    expect(html.match(/<style[^>]*>/gu)).toEqual(['<style nonce="n0nce">', '<style nonce="n0nce">']);
    expect(html.match(/<script[^>]*>/gu)).toEqual(['<script nonce="n0nce">']);
  });

  it('keeps the CLI report body: the same charts', () => {
    const cli = renderReportHtml(createScreenplayReport(parseFountain(script)), 'bus.fountain');
    expect(html.match(/<svg/gu)?.length).toBe(cli.match(/<svg/gu)?.length);
  });
});

describe('the report page quick fix', () => {
  const undetermined = 'INT. BUS STOP - NIGHT\n\nBOB\nShe is late.\n\nALICE\nThe bus never came.\n';
  const declared = `/* Cast\nBOB: gender male\nALICE: gender female\n*/\n\n${undetermined}`;
  const page = (script: string): string => reportWebviewHtml(renderReportHtml(createScreenplayReport(parseFountain(script)), 'bus.fountain'), { nonce: 'n0nce', cspSource: 'vscode-resource:' });

  it('offers "Declare cast…" under an undetermined verdict and on the two findings it fixes', () => {
    const html = page(undetermined);
    expect(html).toContain('<h2 id="bechdel-heading">Bechdel–Wallace test: <span class="undetermined">undetermined</span></h2>\n<p><button type="button" class="quick-fix" data-quick-fix="declareCast">Declare cast…</button></p>');
    expect(html.match(/<code>[^<]+<\/code> <button[^>]*data-quick-fix="declareCast"/gu)?.map((match) => match.slice(6, match.indexOf('</code>')))).toEqual(['rep.bechdel-undetermined', 'rep.gender-unknown']);
  });

  it('offers nothing once the cast is declared', () => {
    expect(page(declared)).not.toContain('<button');
  });

  it('accepts only the quick fixes the page offers', () => {
    expect(requestedQuickFix({ type: 'run', command: 'declareCast' })).toBe('declareCast');
    expect([requestedQuickFix({ type: 'run', command: 'workbench.action.files.delete' }), requestedQuickFix({ type: 'ready', charts: 4 }), requestedQuickFix('declareCast'), requestedQuickFix(null)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
