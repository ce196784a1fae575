import { escapeHtml } from '@reelkit/core/representation';
import { type Screenplay, type ScreenplayStatistics } from '@reelkit/core/screenplay';
import { formatEighths, formatRuntimeLabel } from './runtime-label.js';
import { renderWebviewPage } from './webview-page.js';

const statisticsStyle = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
table { border-collapse: collapse; margin-bottom: 2em; } th, td { text-align: left; padding: 2px 12px 2px 0; }
td.number, th.number { text-align: right; } caption { text-align: left; font-weight: bold; padding: 0.5em 0; }
`;

/** The statistics view: totals, scenes with their length in eighths, and speaking characters (no script). */
export function renderStatisticsPage(screenplay: Screenplay, statistics: ScreenplayStatistics, page: { title: string; nonce: string; cspSource: string }): string {
  const label = formatRuntimeLabel(statistics);
  const headings = new Map(screenplay.scenes.map((scene) => [scene.id, scene.heading]));
  const sceneRows = statistics.scenes.map(
    (scene, index) =>
      `<tr><td class="number">${index + 1}</td><td>${escapeHtml(headings.get(scene.id) ?? scene.location)}</td><td class="number">${formatEighths(scene.eighths)}</td></tr>`,
  );
  const characterRows = [...statistics.characters]
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name))
    .map(
      (character) =>
        `<tr><td>${escapeHtml(character.name)}</td><td class="number">${character.lines}</td><td class="number">${character.words}</td><td class="number">${character.speakingScenes}</td></tr>`,
    );
  const body = [
    `<h2>${escapeHtml(page.title)}</h2>`,
    `<p id="summary">${escapeHtml(label.tooltip)}</p>`,
    '<table id="scenes"><caption>Scenes</caption><tr><th class="number">#</th><th>Heading</th><th class="number">Pages</th></tr>',
    ...sceneRows,
    '</table>',
    '<table id="characters"><caption>Speaking characters</caption><tr><th>Name</th><th class="number">Lines</th><th class="number">Words</th><th class="number">Scenes</th></tr>',
    ...characterRows,
    '</table>',
  ].join('\n');
  return renderWebviewPage({ ...page, style: statisticsStyle, body });
}
