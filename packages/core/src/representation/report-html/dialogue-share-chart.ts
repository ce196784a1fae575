import type { ScreenplayReport } from '../screenplay-report.js';
import { fitPlotWidth, fontSize, labelColumnWidth, labelGap } from './chart-layout.js';
import { escapeHtml } from './escape-html.js';
import { widestText } from './estimate-text-width.js';
import { formatPercent } from './format-percent.js';
import { genderColour } from './gender-colour.js';
import { plural } from './plural.js';
import { topSpeakers } from './top-speakers.js';

const nominalPlotWidth = 420;
const rowHeight = 28;
const valueGap = 6;

/** One bar: a left label, a 0..1 share and the text after the bar. */
interface Bar {
  readonly label: string;
  readonly share: number;
  readonly value: string;
  readonly title: string;
  readonly fill: string;
  /** The "N others" bar: paler, so it never reads as one character. */
  readonly folded: boolean;
}

/**
 * Horizontal bars: each speaking character's share of the dialogue, coloured and labelled by gender. Past 21
 * speakers, the 20 with the most words get a bar each and one "N others" bar sums the rest (the table lists them).
 */
export function dialogueShareChart(report: ScreenplayReport): string {
  const { shown, others } = topSpeakers(report.characters);
  const bars: Bar[] = shown.map((character) => ({
    label: character.name,
    share: character.dialogueShare,
    value: `${formatPercent(character.dialogueShare)} · ${character.gender.value}`,
    title: `${character.name}: ${formatPercent(character.dialogueShare)} of the dialogue, ${plural(character.words, 'word')}, ${character.gender.value}${character.gender.source === 'inferred' ? ' (inferred)' : ''}`,
    fill: genderColour(character.gender.value),
    folded: false,
  }));
  if (others.length > 0) {
    const share = others.reduce((sum, character) => sum + character.dialogueShare, 0);
    const words = others.reduce((sum, character) => sum + character.words, 0);
    bars.push({
      label: `${others.length} others`,
      share,
      value: `${formatPercent(share)} together`,
      title: `${others.length} other characters: ${formatPercent(share)} of the dialogue together, ${plural(words, 'word')}; the characters table lists each`,
      fill: genderColour('unspecified'),
      folded: true,
    });
  }
  const labelWidth = labelColumnWidth(bars.map((bar) => bar.label));
  const valueWidth = valueGap + widestText(bars.map((bar) => bar.value), fontSize.label) + labelGap;
  const plotWidth = fitPlotWidth(nominalPlotWidth, labelWidth + valueWidth);
  const largest = Math.max(0.0001, ...bars.map((bar) => bar.share));
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 5;
    const width = Math.max(1, Math.round((bar.share / largest) * plotWidth));
    return [
      `<g class="${bar.folded ? 'bar others' : 'bar'}">`,
      `<title>${escapeHtml(bar.title)}</title>`,
      `<text x="${labelWidth - labelGap}" y="${y + 18}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${bar.fill}"${bar.folded ? ' fill-opacity="0.5"' : ''}></rect>`,
      `<text x="${labelWidth + width + valueGap}" y="${y + 18}">${escapeHtml(bar.value)}</text>`,
      `</g>`,
    ].join('');
  });
  const chart = svg('dialogue-share', 'Dialogue share by character', labelWidth + plotWidth + valueWidth, bars.length * rowHeight + 10, rows.join('\n'));
  if (others.length === 0) return chart;
  return `${chart}\n<p class="chart-note">${escapeHtml(`The ${shown.length} characters with the most dialogue; “${others.length} others” adds up the rest, each listed in the characters table below.`)}</p>`;
}

/** Paired bars per gender: share of all dialogue and share among characters with 100+ words (The Pudding's rule). */
export function genderShareChart(report: ScreenplayReport): string {
  const groups = report.groups.filter((group) => group.attribute === 'gender');
  const pairHeight = rowHeight * 2 + 8;
  const labelWidth = labelColumnWidth(groups.map((group) => group.value));
  const valueWidth = valueGap + widestText(['100.0% 100+ words only', '100.0% all characters'], fontSize.label) + labelGap;
  const plotWidth = fitPlotWidth(nominalPlotWidth, labelWidth + valueWidth);
  const rows = groups.map((group, index) => {
    const y = index * pairHeight + 5;
    const bar = (share: number, offset: number, caption: string, opacity: string): string => {
      const width = Math.max(1, Math.round(share * plotWidth));
      return (
        `<rect x="${labelWidth}" y="${y + offset + 4}" width="${width}" height="${rowHeight - 8}" fill="${genderColour(group.value)}" fill-opacity="${opacity}"></rect>` +
        `<text x="${labelWidth + width + valueGap}" y="${y + offset + 18}">${formatPercent(share)} ${caption}</text>`
      );
    };
    return [
      `<g class="bar"><title>${escapeHtml(`${group.value}: ${formatPercent(group.dialogueShare)} of all dialogue, ${formatPercent(group.dialogueShareOver100)} counting characters with 100+ words`)}</title>`,
      `<text x="${labelWidth - labelGap}" y="${y + 18}" text-anchor="end">${escapeHtml(group.value)}</text>`,
      bar(group.dialogueShare, 0, 'all characters', '1'),
      bar(group.dialogueShareOver100, rowHeight, '100+ words only', '0.55'),
      `</g>`,
    ].join('');
  });
  return svg('gender-share', 'Dialogue share by gender', labelWidth + plotWidth + valueWidth, groups.length * pairHeight + 10, rows.join('\n'));
}

/** An accessible inline SVG: `role="img"`, a `<title>` and a fixed viewBox that scales with the page. */
export function svg(id: string, title: string, width: number, height: number, body: string): string {
  return `<svg id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}-title">${escapeHtml(title)}</title>\n${body}\n</svg>`;
}
