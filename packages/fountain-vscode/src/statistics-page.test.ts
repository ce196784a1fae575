import { computeStatistics, parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { renderStatisticsPage } from './statistics-page.js';

describe('renderStatisticsPage', () => {
  it('lists scenes with eighths and characters by lines, escaped, under a CSP without scripts', () => {
    const screenplay = parseFountain('INT. <LAB> - DAY\n\nBOB\nHi there.\n\nALICE\nHey.\n\nBOB\nBye.\n');
    const html = renderStatisticsPage(screenplay, computeStatistics(screenplay), { title: 'lab.fountain', nonce: 'abc', cspSource: 'vscode-resource:' });
    expect(html).toContain(
      'content="default-src &#39;none&#39;; style-src vscode-resource: &#39;nonce-abc&#39;; script-src &#39;nonce-abc&#39;; img-src vscode-resource: data:; font-src vscode-resource:"',
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('<tr><td class="number">1</td><td>INT. &lt;LAB&gt; - DAY</td><td class="number">2/8</td></tr>');
    expect(html).toContain('<p id="summary">Estimated runtime 0 min: 0.2 pages at one page a minute, 1 scene, 2 speaking characters.</p>');
    const characters = html.slice(html.indexOf('id="characters"'));
    expect(characters.match(/<tr><td>[^<]+<\/td>(<td class="number">\d+<\/td>){3}<\/tr>/gu)).toEqual([
      '<tr><td>BOB</td><td class="number">2</td><td class="number">3</td><td class="number">1</td></tr>',
      '<tr><td>ALICE</td><td class="number">1</td><td class="number">1</td><td class="number">1</td></tr>',
    ]);
  });
});
