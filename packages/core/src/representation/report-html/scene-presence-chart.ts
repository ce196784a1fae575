import type { ReportScene, ScreenplayReport } from '../screenplay-report.js';
import { fitPlotWidth, fontSize, labelColumnWidth, labelGap } from './chart-layout.js';
import { svg } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { estimateTextWidth } from './estimate-text-width.js';
import { genderColour } from './gender-colour.js';
import { sceneAxisTicks } from './scene-axis-ticks.js';
import { topSpeakers } from './top-speakers.js';

const nominalPlotWidth = 520;
const rowHeight = 24;
const axisHeight = 24;
// Names of folded characters in one block's tooltip before "…": enough to recognise the scene.
const namesInTooltip = 5;

/** One row of the chart: a label and the scenes to mark, each with its tooltip. */
interface PresenceRow {
  readonly label: string;
  readonly fill: string;
  readonly blocks: readonly { readonly scene: ReportScene; readonly title: string }[];
}

/**
 * A strip per character over the script's length: a block for every scene they speak in or are named in. Past 21
 * speakers, rows go to the 20 with the most dialogue and one last row marks the scenes of all the others; scene
 * numbers are printed as often as they fit. A caption under the chart says both.
 */
export function scenePresenceChart(report: ScreenplayReport): string {
  const scenes = report.sceneList;
  const { shown, others } = topSpeakers(report.characters);
  // Rows keep the order of first appearance, as the story introduces them.
  const rows: PresenceRow[] = report.characters
    .filter((character) => shown.includes(character))
    .map((character) => ({
      label: character.name,
      fill: genderColour(character.gender.value),
      blocks: scenes.filter((scene) => character.sceneIds.includes(scene.id)).map((scene) => ({ scene, title: `${character.name} in scene ${scene.number}: ${scene.heading}` })),
    }));
  if (others.length > 0) rows.push(othersRow(scenes, others));

  const labelWidth = labelColumnWidth(rows.map((row) => row.label));
  const rightMargin = estimateTextWidth(String(scenes.length), fontSize.axis) + 2 + labelGap;
  const plotWidth = fitPlotWidth(nominalPlotWidth, labelWidth + rightMargin);
  const first = scenes[0]?.range.start.line ?? 0;
  const last = Math.max(first + 1, ...scenes.map((scene) => scene.range.end.line + 1));
  const x = (line: number): number => labelWidth + Math.round(((line - first) / (last - first)) * plotWidth);
  const ticks = sceneAxisTicks(scenes.map((scene) => x(scene.range.start.line)));
  const bottom = axisHeight + rows.length * rowHeight;
  const axis = ticks.scenes.map((number) => {
    const left = x(scenes[number - 1]?.range.start.line ?? first);
    return `<text class="axis" x="${left + 2}" y="14">${number}</text><line x1="${left}" y1="${axisHeight - 4}" x2="${left}" y2="${bottom}" stroke="#ddd"></line>`;
  });
  const strips = rows.map((row, index) => {
    const y = axisHeight + index * rowHeight;
    const blocks = row.blocks.map(({ scene, title }) => {
      const left = x(scene.range.start.line);
      const width = Math.max(2, x(scene.range.end.line + 1) - left - 1);
      return `<rect x="${left}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" fill="${row.fill}"><title>${escapeHtml(title)}</title></rect>`;
    });
    return `<g class="row"><text x="${labelWidth - labelGap}" y="${y + 17}" text-anchor="end">${escapeHtml(row.label)}</text>${blocks.join('')}</g>`;
  });
  const chart = svg('scene-presence', 'Scene presence over the length of the script', labelWidth + plotWidth + rightMargin, bottom + 8, [...axis, ...strips].join('\n'));
  return `${chart}\n<p class="chart-note">${escapeHtml(caption(rows.length, others.length, ticks.interval))}</p>`;
}

function othersRow(scenes: readonly ReportScene[], others: ScreenplayReport['characters']): PresenceRow {
  const namesByScene = new Map<string, string[]>();
  for (const character of others) for (const id of character.sceneIds) namesByScene.set(id, [...(namesByScene.get(id) ?? []), character.name]);
  const blocks = scenes.flatMap((scene) => {
    const names = namesByScene.get(scene.id);
    if (names === undefined) return [];
    const listed = names.length > namesInTooltip ? `${names.slice(0, namesInTooltip).join(', ')}, …` : names.join(', ');
    return [{ scene, title: `Scene ${scene.number}: ${scene.heading} — ${listed}` }];
  });
  return { label: `${others.length} others`, fill: genderColour('unspecified'), blocks };
}

function caption(rowCount: number, othersCount: number, interval: number): string {
  const blocks = 'Each block is a scene the character speaks or is named in, as wide as the scene is long.';
  const rows = othersCount === 0 ? '' : ` Rows: the ${rowCount - 1} characters with the most dialogue, in order of first appearance; the last row marks every scene where any of the other ${othersCount} speaks or is named.`;
  const axis = interval === 1 ? '' : ` Scene numbers are printed every ${interval} scenes.`;
  return `${blocks}${rows}${axis}`;
}
