import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { renderScriptHtml } from './render-script-html.js';

describe('renderScriptHtml', () => {
  it('renders printed elements with their source lines and escapes everything', () => {
    const html = renderScriptHtml(parseFountain('# Act\n\nINT. <LAB> - DAY #4#\n\nTom *waves* & **grins**.\n\nTOM\n(quietly)\n"Hi" <script>\n'));
    expect(html.split('\n')).toEqual([
      '',
      '<h3 class="scene-heading" data-line="2"><span class="scene-number">4</span>INT. &lt;LAB&gt; - DAY<span class="scene-number">4</span></h3>',
      '<p class="action" data-line="4">Tom <em>waves</em> &amp; <strong>grins</strong>.</p>',
      '<p class="character" data-line="6">TOM</p>',
      '<p class="parenthetical" data-line="7">(quietly)</p>',
      '<p class="dialogue" data-line="8">&quot;Hi&quot; &lt;script&gt;</p>',
    ]);
  });

  it('puts both speakers of dual dialogue in one two-column block', () => {
    const html = renderScriptHtml(parseFountain('INT. A - DAY\n\nBOB\nHi.\n\nALICE ^\nHey.\n\nThey laugh.\n'));
    expect(html.split('\n').slice(2)).toEqual([
      '<div class="dual"><div class="side">',
      '<p class="character left" data-line="2">BOB</p>',
      '<p class="dialogue" data-line="3">Hi.</p>',
      '</div><div class="side">',
      '<p class="character right" data-line="5">ALICE</p>',
      '<p class="dialogue" data-line="6">Hey.</p>',
      '</div></div>',
      '<p class="action" data-line="8">They laugh.</p>',
    ]);
  });

  it('renders the title page, centre keys apart from the rest', () => {
    const html = renderScriptHtml(parseFountain('Title: _**BIG <FISH>**_\nContact: me@example.com\n\nINT. A - DAY\n'));
    expect(html.split('\n')[0]).toBe(
      '<section class="title-page"><div class="centre"><p class="title-title" data-line="0">BIG &lt;FISH&gt;</p></div><div class="corner"><p class="title-contact" data-line="1">me@example.com</p></div></section>',
    );
  });
});

describe('page breaks in the preview', () => {
  it('draws a numbered rule where each printed page starts, as the PDF breaks it, forced breaks included', () => {
    const action = Array.from({ length: 60 }, (_, index) => `Beat ${index + 1}.`).join(' ');
    const html = renderScriptHtml(parseFountain(`INT. HALL - DAY\n\n${action}\n\nBOB\nHi.\n\n===\n\nEXT. YARD - DAY\n\nAnn waits.\n`));
    expect(html.match(/<div class="page-start"[^>]*><span>[^<]*<\/span><\/div>/gu)).toEqual([
      '<div class="page-start" data-page="2" aria-label="page 2"><span>2.</span></div>',
    ]);
    // BOB's speech would fit on page 1 after the action; the forced break puts the yard on page 2.
    const lines = html.split('\n');
    expect(lines.indexOf('<div class="page-start" data-page="2" aria-label="page 2"><span>2.</span></div>')).toBe(lines.findIndex((line) => line.startsWith('<h3 class="scene-heading" data-line="9">')) - 1);
  });

  it('breaks a feature-length script where its pages end', () => {
    const scene = (number: number): string => `INT. ROOM ${number} - DAY\n\n${'Something happens here, and then something else. '.repeat(12)}\n\nBOB\nA line.\n`;
    const html = renderScriptHtml(parseFountain(Array.from({ length: 40 }, (_, index) => scene(index + 1)).join('\n')));
    const pages = [...html.matchAll(/data-page="(\d+)"/gu)].map((match) => Number(match[1]));
    expect(pages).toEqual(Array.from({ length: pages.length }, (_, index) => index + 2));
    expect(pages.length).toBeGreaterThan(10);
  });
});
