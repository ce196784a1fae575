import * as vscode from 'vscode';
import { createWorkerPdfExporter } from '../pdf/create-worker-pdf-exporter.js';
import type { PdfExporter } from '../pdf/pdf-exporter.js';

// Which extension host the bundle runs in, set per bundle by scripts/bundles.mjs (`define`): each keeps one branch.
declare const REELKIT_EXTENSION_HOST: 'node' | 'web';
// The node bundle is CommonJS; esbuild leaves a `require` of a computed path to run time instead of inlining it.
declare const require: (path: string) => unknown;

/** The export chunk, built by scripts/bundles.mjs beside the extension's own bundles. */
const exportChunk = ['dist', 'pdf-export.js'];

/**
 * Loads the PDF export, which is not in the extension's bundles (fontkit alone is ~360 KB). In Node the chunk is
 * required now and runs in the extension host; on the web (where an extension's main file must be one script) the
 * same chunk is started as a worker for each export, which lets Cancel end it at once.
 */
export function loadPdfExporter(extensionUri: vscode.Uri): PdfExporter {
  const chunk = vscode.Uri.joinPath(extensionUri, ...exportChunk);
  if (REELKIT_EXTENSION_HOST === 'node') {
    return (require(chunk.fsPath) as { exportPdf: PdfExporter }).exportPdf;
  } else {
    const url = chunk.toString(true);
    return createWorkerPdfExporter(() => new Worker(url, { name: 'Reelkit PDF export' }));
  }
}
