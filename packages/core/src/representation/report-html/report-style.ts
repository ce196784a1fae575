/** The report's inline stylesheet: readable in print and on screen, no web fonts, no external resources. */
export const reportStyle = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
.summary { color: #555; } svg { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
svg text { font: 13px system-ui, sans-serif; fill: #1d1d1f; } svg text.axis { fill: #777; font-size: 11px; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 14px; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eee; vertical-align: top; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1a7f37; font-weight: 600; } .fail { color: #b42318; font-weight: 600; } .undetermined { color: #7a5b00; font-weight: 600; } .inferred { font-style: italic; color: #7a5b00; }
details summary { cursor: pointer; color: #555; } code { font-size: 13px; }
`;
