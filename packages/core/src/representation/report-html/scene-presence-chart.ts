import type { ScreenplayReport } from '../screenplay-report.js';
import { svg } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { genderColour } from './gender-colour.js';

const labelWidth = 180;
const plotWidth = 520;
const rowHeight = 24;
const axisHeight = 24;

/** A strip per character over the script's length: a block for every scene they speak in or are named in. */
export function scenePresenceChart(report: ScreenplayReport): string {
  const scenes = report.sceneList;
  const first = scenes[0]?.range.start.line ?? 0;
  const last = Math.max(first + 1, ...scenes.map((scene) => scene.range.end.line + 1));
  const x = (line: number): number => labelWidth + Math.round(((line - first) / (last - first)) * plotWidth);
  const axis = scenes.map((scene) => {
    const left = x(scene.range.start.line);
    return `<text class="axis" x="${left + 2}" y="14">${scene.number}</text><line x1="${left}" y1="${axisHeight - 4}" x2="${left}" y2="${axisHeight + report.characters.length * rowHeight}" stroke="#ddd"></line>`;
  });
  const rows = report.characters.map((character, index) => {
    const y = axisHeight + index * rowHeight;
    const blocks = scenes
      .filter((scene) => character.sceneIds.includes(scene.id))
      .map((scene) => {
        const left = x(scene.range.start.line);
        const width = Math.max(2, x(scene.range.end.line + 1) - left - 1);
        return `<rect x="${left}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${genderColour(character.gender.value)}"><title>${escapeHtml(`${character.name} in scene ${scene.number}: ${scene.heading}`)}</title></rect>`;
      });
    return `<g class="row"><text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(character.name)}</text>${blocks.join('')}</g>`;
  });
  return svg('scene-presence', 'Scene presence over the length of the script', labelWidth + plotWidth + 20, axisHeight + report.characters.length * rowHeight + 8, [...axis, ...rows].join('\n'));
}
