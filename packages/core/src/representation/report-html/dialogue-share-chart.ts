import type { ScreenplayReport } from '../screenplay-report.js';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-percent.js';
import { genderColour } from './gender-colour.js';
import { plural } from './plural.js';

const labelWidth = 180;
const plotWidth = 420;
const rowHeight = 28;

/** Horizontal bars: each speaking character's share of the dialogue, coloured and labelled by gender. */
export function dialogueShareChart(report: ScreenplayReport): string {
  const characters = [...report.characters].sort((a, b) => b.words - a.words);
  const largest = Math.max(0.0001, ...characters.map((character) => character.dialogueShare));
  const height = characters.length * rowHeight + 10;
  const rows = characters.map((character, index) => {
    const y = index * rowHeight + 5;
    const width = Math.max(1, Math.round((character.dialogueShare / largest) * plotWidth));
    const label = `${character.name}: ${formatPercent(character.dialogueShare)} of the dialogue, ${plural(character.words, 'word')}, ${character.gender.value}${character.gender.source === 'inferred' ? ' (inferred)' : ''}`;
    return [
      `<g class="bar">`,
      `<title>${escapeHtml(label)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(character.name)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${genderColour(character.gender.value)}"></rect>`,
      `<text x="${labelWidth + width + 6}" y="${y + 18}">${formatPercent(character.dialogueShare)} · ${escapeHtml(character.gender.value)}</text>`,
      `</g>`,
    ].join('');
  });
  return svg('dialogue-share', 'Dialogue share by character', labelWidth + plotWidth + 160, height, rows.join('\n'));
}

/** Paired bars per gender: share of all dialogue and share among characters with 100+ words (The Pudding's rule). */
export function genderShareChart(report: ScreenplayReport): string {
  const groups = report.groups.filter((group) => group.attribute === 'gender');
  const pairHeight = rowHeight * 2 + 8;
  const rows = groups.map((group, index) => {
    const y = index * pairHeight + 5;
    const bar = (share: number, offset: number, caption: string, opacity: string): string => {
      const width = Math.max(1, Math.round(share * plotWidth));
      return (
        `<rect x="${labelWidth}" y="${y + offset + 4}" width="${width}" height="${rowHeight - 8}" fill="${genderColour(group.value)}" fill-opacity="${opacity}"></rect>` +
        `<text x="${labelWidth + width + 6}" y="${y + offset + 18}">${formatPercent(share)} ${caption}</text>`
      );
    };
    return [
      `<g class="bar"><title>${escapeHtml(`${group.value}: ${formatPercent(group.dialogueShare)} of all dialogue, ${formatPercent(group.dialogueShareOver100)} counting characters with 100+ words`)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(group.value)}</text>`,
      bar(group.dialogueShare, 0, 'all characters', '1'),
      bar(group.dialogueShareOver100, rowHeight, '100+ words only', '0.55'),
      `</g>`,
    ].join('');
  });
  return svg('gender-share', 'Dialogue share by gender', labelWidth + plotWidth + 200, groups.length * pairHeight + 10, rows.join('\n'));
}

/** An accessible inline SVG: `role="img"`, a `<title>` and a fixed viewBox that scales with the page. */
export function svg(id: string, title: string, width: number, height: number, body: string): string {
  return `<svg id="${id}" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}-title">${escapeHtml(title)}</title>\n${body}\n</svg>`;
}
