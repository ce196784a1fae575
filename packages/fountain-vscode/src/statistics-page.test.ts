import { createScreenplayReport } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { renderStatisticsPage } from './statistics-page.js';

describe('renderStatisticsPage', () => {
  it('lists scenes with eighths and characters by lines, escaped, under a CSP without scripts', () => {
    const screenplay = parseFountain('INT. <LAB> - DAY\n\nBOB\nHi there.\n\nALICE\nHey.\n\nBOB\nBye.\n\nEXT. YARD - DAY\n\nAlice waits.\n\nBOB AND ALICE\nNow!\n');
    const html = renderStatisticsPage(createScreenplayReport(screenplay), { title: 'lab.fountain', nonce: 'abc', cspSource: 'vscode-resource:' });
    expect(html).toContain(
      'content="default-src &#39;none&#39;; style-src vscode-resource: &#39;nonce-abc&#39;; script-src &#39;nonce-abc&#39;; img-src vscode-resource: data:; font-src vscode-resource:"',
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('<tr><td class="number">1</td><td>INT. &lt;LAB&gt; - DAY</td><td class="number">2/8</td></tr>');
    expect(html).toContain('<p id="summary">Estimated runtime 0 min at one page a minute: 1 US Letter page as Final Draft sets them, 54 lines a page; 2 scenes, 2 speaking characters.</p>');
    // The line spoken together counts for both, and is no third speaker; Alice is also in the yard by name: the report's figures.
    const characters = html.slice(html.indexOf('id="characters"'));
    expect(characters.match(/<tr><td>[^<]+<\/td>(<td class="number">[^<]+<\/td>){5}<\/tr>/gu)).toEqual([
      '<tr><td>BOB</td><td class="number">3</td><td class="number">4</td><td class="number">66.7%</td><td class="number">2</td><td class="number">2</td></tr>',
      '<tr><td>ALICE</td><td class="number">2</td><td class="number">2</td><td class="number">33.3%</td><td class="number">2</td><td class="number">2</td></tr>',
    ]);
  });
});
