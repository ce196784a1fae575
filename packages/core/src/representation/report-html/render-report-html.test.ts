import { parseFountain } from '../../screenplay/parse-fountain.js';
import { createScreenplayReport, type ScreenplayReport } from '../screenplay-report.js';
import { describe, expect, it } from 'vitest';
import { syntheticFeatureScript } from './__fixtures__/synthetic-feature-script.js';
import { labelColumnWidth } from './chart-layout.js';
import { circleCharacterLimit, conversationChart } from './conversation-chart.js';
import { conversationMatrix } from './conversation-matrix.js';
import { dialogueShareChart } from './dialogue-share-chart.js';
import { estimateTextWidth } from './estimate-text-width.js';
import { renderReportHtml } from './render-report-html.js';
import { sceneAxisTicks } from './scene-axis-ticks.js';
import { scenePresenceChart } from './scene-presence-chart.js';
import { topSpeakers } from './top-speakers.js';

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

describe('the charts at feature scale', () => {
  const report = (scenes: number, speakers: number): ScreenplayReport => createScreenplayReport(parseFountain(syntheticFeatureScript(scenes, speakers)));
  const fortyEight = report(60, 48);
  const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;
  // Scene starts spread evenly over the presence chart's 520px plot, which begins after a 180px label column.
  const evenStarts = (scenes: number): number[] => Array.from({ length: scenes }, (_, index) => 180 + Math.round((index / scenes) * 520));

  it('gives the 20 speakers with the most words a bar each and sums the other 28 of 48 in one "28 others" bar', () => {
    const { shown, others } = topSpeakers(fortyEight.characters);
    expect([shown.length, others.length]).toEqual([20, 28]);
    const chart = dialogueShareChart(fortyEight);
    expect(count(chart, /<g class="bar">/g)).toBe(20);
    expect(count(chart, /<rect /g)).toBe(21);
    expect(chart).toContain(
      '<g class="bar others"><title>28 other characters: 34.3% of the dialogue together, 1371 words; the characters table lists each</title><text x="462" y="583" text-anchor="end">28 others</text><rect x="470" y="569" width="248" height="20" fill="#999999" fill-opacity="0.5"></rect><text x="724" y="583">34.3% together</text></g>',
    );
    expect(chart).toContain('<p class="chart-note">The 20 characters with the most dialogue; “28 others” adds up the rest, each listed in the characters table below.</p>');
  });

  it('keeps a bar for each of 21 speakers rather than fold one into "1 others"', () => {
    const { shown, others } = topSpeakers(report(30, 21).characters);
    expect([shown.length, others.length]).toEqual([21, 0]);
  });

  it('numbers the scene axis every 25 scenes for 192 and 300 scenes, every 5 for 40, every scene for 9', () => {
    expect(sceneAxisTicks(evenStarts(192))).toEqual({ interval: 25, scenes: [1, 25, 50, 75, 100, 125, 150, 175] });
    expect(sceneAxisTicks(evenStarts(300))).toEqual({ interval: 25, scenes: [1, 25, 50, 75, 100, 125, 150, 175, 200, 225, 250, 275, 300] });
    expect(sceneAxisTicks(evenStarts(40))).toEqual({ interval: 5, scenes: [1, 5, 10, 15, 20, 25, 30, 35, 40] });
    expect(sceneAxisTicks(evenStarts(9))).toEqual({ interval: 1, scenes: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });

  it('spaces scene numbers further where a run of short scenes would crowd them', () => {
    // Scenes 2 to 5 last a pixel each: "2", "4" or "3" would print on top of each other.
    expect(sceneAxisTicks([0, 100, 101, 102, 103, 200])).toEqual({ interval: 5, scenes: [1, 5] });
  });

  it('sizes label columns from the longest name, never below the 180px of a short cast', () => {
    // Chromium sets this name 403px wide in DejaVu Sans, a wide fallback for system-ui; the estimate leaves room.
    expect(estimateTextWidth('DETECTIVE SERGEANT ALEXANDRA MONTGOMERY-WHITFIELD', 13)).toBe(458);
    expect(labelColumnWidth(['DETECTIVE SERGEANT ALEXANDRA MONTGOMERY-WHITFIELD', 'ANN'])).toBe(470);
    expect(labelColumnWidth(['ANN', 'ZED <3'])).toBe(180);
  });

  it('draws who talks to whom as a circle up to 15 characters and as a matrix from 16', () => {
    expect(circleCharacterLimit).toBe(15);
    const circle = conversationChart(report(40, 15));
    expect([count(circle, /<circle /g), count(circle, /<rect /g)]).toEqual([15, 0]);
    const matrix = conversationChart(report(40, 16));
    expect([count(matrix, /<circle /g), count(matrix, /<line /g), count(matrix, /<rect class="cell/g)]).toEqual([0, 0, 256]);
  });

  it('fills the matrix with the 20 characters with the most turns, a titled cell for every pair', () => {
    const matrix = conversationMatrix(fortyEight);
    expect([matrix.names.length, matrix.talkers]).toEqual([20, 48]);
    const chart = conversationChart(fortyEight);
    expect(count(chart, /<rect class="cell/g)).toBe(400);
    expect(count(chart, /<rect class="cell[^>]*><title>/g)).toBe(380);
    expect(count(chart, /transform="rotate\(-90 /g)).toBe(20);
    expect(chart).toContain('<text x="485" y="462" transform="rotate(-90 485 462)">ADA ABBOTT</text>');
    expect(chart).toContain(
      '<p class="chart-note">Rows and columns: the 20 characters with the most turns, most turns first. The darker the cell, the more turns between the two (at most 25 turns); hover a cell for its count. The table below lists every pair.</p>',
    );
  });

  it('gives scene presence rows to the 20 who speak most, one row for the rest, and says so under the chart', () => {
    const chart = scenePresenceChart(fortyEight);
    expect(count(chart, /<g class="row">/g)).toBe(21);
    expect(chart).toContain('>28 others</text>');
    expect(chart).toContain(
      '<p class="chart-note">Each block is a scene the character speaks or is named in, as wide as the scene is long. Rows: the 20 characters with the most dialogue, in order of first appearance; the last row marks every scene where any of the other 28 speaks or is named. Scene numbers are printed every 5 scenes.</p>',
    );
  });
});
