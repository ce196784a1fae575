import { escapeHtml, formatPercent, type ScreenplayReport } from '@reelkit/core/representation';
import { formatEighths } from '@reelkit/core/breakdown';
import { formatRuntimeLabel } from './runtime-label.js';
import { renderWebviewPage } from './webview-page.js';

const statisticsStyle = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
table { border-collapse: collapse; margin-bottom: 2em; } th, td { text-align: left; padding: 2px 12px 2px 0; }
td.number, th.number { text-align: right; } caption { text-align: left; font-weight: bold; padding: 0.5em 0; }
`;

/**
 * The statistics view: totals, scenes with their length in eighths, and speaking characters (no script). Its figures
 * are the report's (`createScreenplayReport`), so a character's lines and scenes read the same in both.
 */
export function renderStatisticsPage(report: ScreenplayReport, page: { title: string; nonce: string; cspSource: string }): string {
  const label = formatRuntimeLabel(report);
  const sceneRows = report.sceneList.map(
    (scene) => `<tr><td class="number">${scene.number}</td><td>${escapeHtml(scene.heading)}</td><td class="number">${formatEighths(scene.eighths)}</td></tr>`,
  );
  const characterRows = [...report.characters]
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name))
    .map(
      (character) =>
        `<tr><td>${escapeHtml(character.name)}</td><td class="number">${character.lines}</td><td class="number">${character.words}</td><td class="number">${formatPercent(character.dialogueShare)}</td><td class="number">${character.speakingScenes}</td><td class="number">${character.scenes}</td></tr>`,
    );
  const body = [
    `<h2>${escapeHtml(page.title)}</h2>`,
    `<p id="summary">${escapeHtml(label.tooltip)}</p>`,
    '<table id="scenes"><caption>Scenes</caption><tr><th class="number">#</th><th>Heading</th><th class="number">Pages</th></tr>',
    ...sceneRows,
    '</table>',
    '<table id="characters"><caption>Speaking characters (a line spoken together counts for each speaker)</caption>',
    '<tr><th>Name</th><th class="number">Lines</th><th class="number">Words</th><th class="number">Share</th><th class="number">Speaks in</th><th class="number">In scenes</th></tr>',
    ...characterRows,
    '</table>',
    '<p>“Speaks in”: scenes with a line; “In scenes”: scenes where the character speaks or the action names them — the same figures as the inclusivity report.</p>',
  ].join('\n');
  return renderWebviewPage({ ...page, style: statisticsStyle, body });
}
