// Entry of dist/pdf-export.js, the PDF export (fontkit, ~400 KB) that the extension loads only when Export PDF runs,
// so its own bundles stay small. One file for both hosts: the node host require()s it and calls `exportPdf`; VS
// Code for the web starts it as a worker, where it serves the protocol of pdf-worker-protocol.ts.
import { exportScreenplayPdf } from '@reelkit/core/pdf';
import type { PdfExporter } from './pdf-exporter.js';
import type { PdfMessagePort } from './pdf-worker-protocol.js';
import { servePdfExports } from './serve-pdf-exports.js';

/** Exports in the node extension host itself, from the parse it already holds. */
export const exportPdf: PdfExporter = ({ screenplay, paper, fonts, signal, onProgress }) => exportScreenplayPdf(screenplay, { paper, fonts, signal, onProgress });

// Only a worker's global scope has importScripts; there the scope is the port (the DOM lib types `self` as a window).
if (typeof (globalThis as { importScripts?: unknown }).importScripts === 'function') servePdfExports(self as unknown as PdfMessagePort);
