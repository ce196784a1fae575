import type { ScreenplayReport } from '../screenplay-report.js';
import { conversationChart } from './conversation-chart.js';
import { dialogueShareChart, genderShareChart } from './dialogue-share-chart.js';
import { escapeHtml } from './escape-html.js';
import { formatGender } from './format-gender.js';
import { formatPercent } from './format-percent.js';
import { reportStyle } from './report-style.js';
import { scenePresenceChart } from './scene-presence-chart.js';

/** Marks a file as written by `reelkit report`, so a later run may replace it without asking. */
export const reportGenerator = 'reelkit report';

/** A section another part of the core adds to the report page (the production breakdown), as trusted HTML. */
export interface ReportSection {
  /** The section heading's id: `<id>-heading`. */
  readonly id: string;
  readonly heading: string;
  readonly html: string;
}

/**
 * The self-contained HTML report: inline CSS and SVG charts, a table behind every chart, no scripts, no network.
 * `sections` come after the Bechdel–Wallace test and before the findings.
 */
export function renderReportHtml(report: ScreenplayReport, scriptName: string, sections: readonly ReportSection[] = []): string {
  const title = report.title === '' ? scriptName : report.title;
  const e = escapeHtml;
  const characterRows = report.characters.map(
    (character) =>
      `<tr><td>${e(character.name)}</td><td${character.gender.source === 'inferred' ? ' class="inferred"' : ''}>${e(formatGender(character.gender))}</td><td>${e(character.age ?? '')}</td><td>${e(character.groups.join(', '))}</td><td class="n">${character.lines}</td><td class="n">${character.words}</td><td class="n">${formatPercent(character.dialogueShare)}</td><td class="n">${formatPercent(character.dialogueShareOver100)}</td><td class="n">${character.speakingScenes}</td><td class="n">${character.scenes}</td><td>${e(character.firstAppearance?.sceneId ?? '')}</td></tr>`,
  );
  const groupRows = report.groups.map(
    (group) =>
      `<tr><td>${e(group.attribute)}</td><td>${e(group.value)}</td><td class="n">${group.characters.length}</td><td class="n">${group.lines}</td><td class="n">${group.words}</td><td class="n">${formatPercent(group.dialogueShare)}</td><td class="n">${formatPercent(group.dialogueShareOver100)}</td><td class="n">${group.scenes}</td><td class="n">${group.introducedByAppearance}</td><td>${e(group.introductionWords.join(', '))}</td></tr>`,
  );
  const introductionRows = report.characters
    .filter((character) => character.introduction !== undefined)
    .map((character) => `<tr><td>${e(character.name)}</td><td>${e(character.introduction?.descriptors.join(', ') ?? '')}</td><td>${e(character.introduction?.sentence ?? '')}</td></tr>`);
  const conversationRows = report.conversations.map((conversation) => `<tr><td>${e(conversation.between.join(' and '))}</td><td class="n">${conversation.turns}</td><td>${e(conversation.scenes.join(', '))}</td></tr>`);
  const bechdelRows = report.bechdel.steps.map((step) => `<tr><td>${step.step}</td><td class="${step.pass ? 'pass' : 'fail'}">${step.pass ? 'pass' : 'fail'}</td><td>${e(step.detail)}</td></tr>`);
  const evidenceRows = report.bechdel.evidence.map(
    (exchange) =>
      `<tr><td>${e(exchange.sceneId)}</td><td>${e(exchange.speakers.join(' → '))}</td><td>lines ${exchange.lines[0].range.start.line + 1}–${exchange.lines[1].range.end.line + 1}</td><td>${e(exchange.lines.map((line) => line.text).join(' / '))}</td><td>${exchange.maleReferences.length === 0 ? '<span class="pass">no man mentioned</span>' : e(exchange.maleReferences.join(', '))}</td></tr>`,
  );
  const findingRows = report.findings.map(
    (finding) =>
      `<tr><td>${finding.range === undefined ? 'script' : `${finding.range.start.line + 1}:${finding.range.start.column + 1}`}</td><td>${finding.severity}</td><td><code>${e(finding.ruleId)}</code></td><td>${e(finding.message)}</td><td>${e(finding.suggestion ?? '')}</td></tr>`,
  );
  const table = (head: string[], rows: string[]): string =>
    `<table><thead><tr>${head.map((cell) => `<th scope="col">${e(cell)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${reportGenerator}">
<title>${e(title)} — Reelkit report</title>
<style>${reportStyle}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="summary">${report.scenes} scenes · <span title="${e(report.lengthMethod)}">${report.pages} pages · about ${report.runtimeMinutes} minutes</span> · ${report.speakingCharacters} speaking characters · ${report.totalWords} words of dialogue · ${e(scriptName)}</p>
</header>
<main>
<section aria-labelledby="share-heading">
<h2 id="share-heading">Dialogue share</h2>
${dialogueShareChart(report)}
${genderShareChart(report)}
<details><summary>Table: characters</summary>${table(['Character', 'Gender', 'Age', 'Groups', 'Lines', 'Words', 'Share', 'Share (100+ words)', 'Speaks in', 'In scenes', 'First appears'], characterRows)}</details>
<details><summary>Table: groups</summary>${table(['Attribute', 'Value', 'Characters', 'Lines', 'Words', 'Share', 'Share (100+ words)', 'Scenes', 'Introduced by looks', 'Introduction words'], groupRows)}</details>
<p>Gender, age and groups come from the script's <code>/* Cast */</code> block. Inferred genders are marked “inferred” with a confidence; race, disability and orientation are never inferred.</p>
</section>
<section aria-labelledby="presence-heading">
<h2 id="presence-heading">Scene presence</h2>
${scenePresenceChart(report)}
</section>
<section aria-labelledby="talk-heading">
<h2 id="talk-heading">Who talks to whom</h2>
${conversationChart(report)}
<details><summary>Table: conversations</summary>${table(['Between', 'Turns', 'Scenes'], conversationRows)}</details>
</section>
<section aria-labelledby="intro-heading">
<h2 id="intro-heading">How characters are introduced</h2>
${table(['Character', 'Descriptive words', 'Sentence'], introductionRows)}
</section>
<section aria-labelledby="bechdel-heading">
<h2 id="bechdel-heading">Bechdel–Wallace test: <span class="${report.bechdel.verdict}">${report.bechdel.verdict}</span></h2>
${report.bechdel.verdict === 'undetermined' ? `<p>${report.bechdel.undeclared.length} speaking characters have no known gender. Declare the cast in a <code>/* Cast */</code> block after the title page, or run the report with <code>--infer-gender</code>.</p>` : ''}
${table(['Step', 'Result', 'Why'], bechdelRows)}
<details><summary>Evidence: exchanges between named women</summary>${table(['Scene', 'Speakers', 'Where', 'Lines', 'Men mentioned'], evidenceRows)}</details>
</section>
${sections.map((section) => `<section aria-labelledby="${e(section.id)}-heading">\n<h2 id="${e(section.id)}-heading">${e(section.heading)}</h2>\n${section.html}\n</section>`).join('\n')}
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings (${report.findings.length})</h2>
${table(['Where', 'Severity', 'Rule', 'Message', 'Suggestion'], findingRows)}
</section>
</main>
</body>
</html>
`;
}
