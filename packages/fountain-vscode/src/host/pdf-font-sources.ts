import * as vscode from 'vscode';
import type { PdfFontSource } from '@reelkit/core/pdf';
import { packagedFontPath, packagedPdfFontFiles } from '../pdf/packaged-pdf-fonts.js';
import type { FontLocation } from '../pdf/pdf-export-settings.js';

/** The file a font setting points to; a workspace path needs an open folder. */
function fontUri(location: FontLocation): vscode.Uri {
  if (location.kind === 'uri') return vscode.Uri.parse(location.uri, true);
  if (location.kind === 'absolute-path') return vscode.Uri.file(location.path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error(`reelkit.pdf.fallbackFont is a path inside the workspace (${location.path}), but no folder is open.`);
  return vscode.Uri.joinPath(folder.uri, location.path);
}

function label(location: FontLocation): string {
  return location.kind === 'uri' ? location.uri : location.path;
}

/**
 * The fonts of an export in fallback order: the ones the extension ships (Courier Prime; Cousine's Cyrillic, Greek
 * and Vietnamese), then the user's `reelkit.pdf.fallbackFont`. All are read through `workspace.fs`, so in VS Code
 * for the web too, and only when a character needs them.
 */
export function pdfFontSources(extensionUri: vscode.Uri, fallbackFont: FontLocation | undefined): PdfFontSource[] {
  const packaged = packagedPdfFontFiles.map((file): PdfFontSource => ({
    name: file.name,
    style: file.style,
    bytes: () => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, packagedFontPath(file)))),
  }));
  if (fallbackFont === undefined) return packaged;
  return [...packaged, { name: label(fallbackFont), style: 'any', bytes: async () => vscode.workspace.fs.readFile(fontUri(fallbackFont)) }];
}
