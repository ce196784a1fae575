import { escapeHtml, type ReportSection } from '../representation/report-html/index.js';
import type { Breakdown } from './breakdown.js';
import { formatEighths } from './format-eighths.js';

/** The production breakdown as a section of the report page: totals per location and character, then every scene. */
export function breakdownReportSection(breakdown: Breakdown): ReportSection {
  const e = escapeHtml;
  const table = (head: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number>): string =>
    `<table><thead><tr>${head.map((cell) => `<th scope="col">${e(cell)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((cell, index) => `<td${numeric.has(index) ? ' class="n"' : ''}>${e(cell)}</td>`).join('')}</tr>`)
      .join('\n')}</tbody></table>`;
  const locations = table(
    ['Location', 'Scenes', 'Pages', 'INT/EXT', 'Times'],
    breakdown.locations.map((location) => [location.location, String(location.scenes), formatEighths(location.eighths), location.settings.join(', '), location.times.join(', ')]),
    new Set([1, 2]),
  );
  const characters = table(
    ['Character', 'Scenes', 'Speaking', 'Pages', 'First scene', 'Last scene'],
    breakdown.characters.map((character) => [character.name, String(character.scenes), String(character.speakingScenes), formatEighths(character.eighths), character.first, character.last]),
    new Set([1, 2, 3]),
  );
  const scenes = table(
    ['Scene', 'INT/EXT', 'Location', 'Time', 'Pages', 'Speaking cast', 'Silent cast'],
    breakdown.scenes.map((scene) => [scene.number, scene.setting ?? '', scene.location, scene.timeOfDay ?? '', formatEighths(scene.eighths), scene.speaking.join(', '), scene.silent.join(', ')]),
    new Set([4]),
  );
  return {
    id: 'breakdown',
    heading: 'Production breakdown',
    html: [
      `<p>Lengths in pages and eighths, measured on ${e(breakdown.lengthMethod)}. The same tables as CSV: <code>reelkit breakdown &lt;script&gt; --by scenes|locations|characters</code>.</p>`,
      `<details><summary>Table: locations (${breakdown.locations.length})</summary>${locations}</details>`,
      `<details><summary>Table: cast on set (${breakdown.characters.length})</summary>${characters}</details>`,
      `<details><summary>Table: scenes (${breakdown.scenes.length})</summary>${scenes}</details>`,
    ].join('\n'),
  };
}
