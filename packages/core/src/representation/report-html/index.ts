// The screenplay report as a self-contained HTML page with inline SVG charts; shared by the CLI and the editors.
export { conversationChart } from './conversation-chart.js';
export { dialogueShareChart, genderShareChart } from './dialogue-share-chart.js';
export { escapeHtml } from './escape-html.js';
export { formatGender } from './format-gender.js';
export { formatPercent } from './format-percent.js';
export { plural } from './plural.js';
export { renderReportHtml, reportGenerator, type ReportSection } from './render-report-html.js';
export { scenePresenceChart } from './scene-presence-chart.js';
