import { createScreenplayReport, renderReportHtml } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { reportWebviewHtml } from './report-webview-html.js';

describe('reportWebviewHtml', () => {
  const script = 'Title: Bus Stop\n\nINT. BUS STOP - NIGHT\n\nBOB\nShe is late.\n\nALICE\nThe bus never came.\n';
  const html = reportWebviewHtml(renderReportHtml(createScreenplayReport(parseFountain(script)), 'bus.fountain'), { nonce: 'n0nce', cspSource: 'vscode-resource:' });

  it('puts the CSP first in the head and the style and script under the nonce', () => {
    expect(html).toContain(`<head>\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-resource: &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;; img-src vscode-resource: data:">`);
    expect(html.match(/<style[^>]*>/gu)).toEqual(['<style nonce="n0nce">']);
    expect(html.match(/<script[^>]*>/gu)).toEqual(['<script nonce="n0nce">']);
  });

  it('keeps the CLI report body: the same charts', () => {
    const cli = renderReportHtml(createScreenplayReport(parseFountain(script)), 'bus.fountain');
    expect(html.match(/<svg/gu)?.length).toBe(cli.match(/<svg/gu)?.length);
  });
});
