import type { PaginatedScreenplay } from '@reelkit/core/pagination';
import type { Screenplay } from '@reelkit/core/screenplay';
import { previewScript } from './preview-script.js';
import { renderScriptHtml } from './render-script-html.js';
import { renderWebviewPage } from './webview-page.js';

// Courier on a page-width column, the way a script prints; colours follow the VS Code theme.
const previewStyle = `
body { font-family: 'Courier Prime', 'Courier New', Courier, monospace; font-size: 12pt; line-height: 1.2; }
#script { max-width: 6in; margin: 0 auto; padding: 1em 0 50vh; }
p, h3 { margin: 0 0 1.2em; white-space: normal; }
h3.scene-heading { font-size: inherit; font-weight: bold; position: relative; }
.scene-number { position: absolute; left: -3em; } h3 .scene-number:last-child { left: auto; right: -3em; }
p.character { margin: 0 0 0 2.2in; } p.parenthetical { margin: 0 0 0 1.6in; }
p.dialogue, p.lyrics { margin: 0 1.5in 0 1in; } p.lyrics { font-style: italic; }
/* Speech sits tight under its cue; the gap comes before whatever follows the speech. */
:is(.dialogue, .parenthetical, .lyrics) + :not(.dialogue, .parenthetical, .lyrics) { margin-top: 1.2em; }
p.transition { text-align: right; } p.centered { text-align: center; }
.dual { display: flex; gap: 1em; margin-bottom: 1.2em; } .dual .side { flex: 1; }
.dual p { margin-left: 0; margin-right: 0; } .dual p.character { padding-left: 30%; }
/* Where the printed page ends: a dashed rule with the next page's number at the right, as the PDF numbers it. */
.page-start { border-top: 1px dashed var(--vscode-editorRuler-foreground, #888); margin: 1.5em 0; text-align: right; font-size: 10pt; color: var(--vscode-descriptionForeground, #888); }
.page-start span { position: relative; top: -0.7em; padding-left: 0.5em; background: var(--vscode-editor-background, #fff); }
.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: space-between; margin-bottom: 3em; }
.title-page .centre { text-align: center; margin-top: 20vh; } .title-title { font-weight: bold; text-transform: uppercase; }
`;

/** The live preview page of a script, with scroll sync; later edits arrive as `update` messages. */
export function renderPreviewPage(screenplay: Screenplay, pages: PaginatedScreenplay, page: { title: string; nonce: string; cspSource: string }): string {
  return renderWebviewPage({
    ...page,
    style: previewStyle,
    body: `<main id="script">${renderScriptHtml(screenplay, pages)}</main>`,
    script: previewScript,
  });
}
