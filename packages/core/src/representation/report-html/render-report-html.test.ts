import { parseFountain } from '../../screenplay/parse-fountain.js';
import { createScreenplayReport } from '../screenplay-report.js';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './render-report-html.js';

describe('renderReportHtml', () => {
  const source = 'Title: <b>Fish & "Chips"</b>\n\n/* Cast\nANN: gender female\n*/\n\nINT. SHOP - DAY\n\nANN\n<script>alert(1)</script>\n\nZED <3\nHi.\n';
  const html = renderReportHtml(createScreenplayReport(parseFountain(source)), 'fish.fountain');

  it('escapes everything that comes from the script', () => {
    expect(html).toContain('<title>&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt; — Reelkit report</title>');
    expect(html).not.toContain('<3');
    expect(html).toContain('<title>ZED &lt;3: 20.0% of the dialogue, 1 word, unspecified</title><text x="172" y="51" text-anchor="end">ZED &lt;3</text>');
  });

  it('is one self-contained file: inline style, no scripts, no links to load', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html.match(/<svg [^>]*role="img" aria-labelledby="[a-z-]+-title"/g)).toHaveLength(4);
  });

  it('marks an inferred gender as inferred in the table', () => {
    const inferred = renderReportHtml(createScreenplayReport(parseFountain('INT. A - DAY\n\nZeb sighs. He sits.\n\nZEB\nNo.\n'), { inferGender: true }), 'a.fountain');
    expect(inferred).toContain('<td class="inferred">male (inferred, 0.50)</td>');
  });
});
