/**
 * The report's inline stylesheet: readable in print and on screen, no web fonts, no external resources. Colours are
 * variables: light by default, dark under `prefers-color-scheme: dark` (the HTML file), and in a VS Code webview the
 * editor's own theme colours (light, dark and high contrast), so text never sits dark on dark. Every text colour keeps
 * at least 4.5:1 contrast against its background (checked in the browser test).
 */
export const reportStyle = `
:root { color-scheme: light dark; --rk-fg: #1d1d1f; --rk-bg: #ffffff; --rk-muted: #555555; --rk-axis: #5f5f5f; --rk-rule: #d0d0d0; --rk-line: #e6e6e6; --rk-pass: #1a7f37; --rk-fail: #b42318; --rk-warn: #7a5b00; }
@media (prefers-color-scheme: dark) {
  :root { --rk-fg: #e8e8e8; --rk-bg: #1e1e1e; --rk-muted: #b8b8b8; --rk-axis: #b0b0b0; --rk-rule: #4a4a4a; --rk-line: #333333; --rk-pass: #56d364; --rk-fail: #ff8b82; --rk-warn: #e3b341; }
}
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --rk-fg: var(--vscode-editor-foreground); --rk-bg: var(--vscode-editor-background); --rk-muted: var(--vscode-descriptionForeground, var(--vscode-editor-foreground));
  --rk-axis: var(--vscode-descriptionForeground, var(--vscode-editor-foreground)); --rk-rule: var(--vscode-panel-border, var(--vscode-editorWidget-border, #808080)); --rk-line: var(--vscode-editorWidget-border, #80808040);
}
body.vscode-light, body.vscode-high-contrast-light { --rk-pass: #1a7f37; --rk-fail: #b42318; --rk-warn: #7a5b00; }
body.vscode-dark, body.vscode-high-contrast { --rk-pass: #56d364; --rk-fail: #ff8b82; --rk-warn: #e3b341; }
body.vscode-high-contrast, body.vscode-high-contrast-light { --rk-muted: var(--vscode-editor-foreground); --rk-axis: var(--vscode-editor-foreground); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--rk-fg); background: var(--rk-bg); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--rk-rule); }
.summary { color: var(--rk-muted); } svg { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
svg text { font: 13px system-ui, sans-serif; fill: var(--rk-fg); } svg text.axis { fill: var(--rk-axis); font-size: 11px; } svg line { stroke: var(--rk-axis); }
svg rect.cell { fill: var(--rk-fg); } svg rect.cell.empty { fill: none; stroke: var(--rk-line); } svg rect.cell.self { fill: var(--rk-line); }
.chart-note { color: var(--rk-muted); font-size: 14px; margin-top: -0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 14px; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rk-line); vertical-align: top; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: var(--rk-pass); font-weight: 600; } .fail { color: var(--rk-fail); font-weight: 600; } .undetermined { color: var(--rk-warn); font-weight: 600; } .inferred { font-style: italic; color: var(--rk-warn); }
details summary { cursor: pointer; color: var(--rk-muted); } code { font-size: 13px; }
`;
