import type { PaperName } from '@reelkit/core/pagination';
import type { SettingsReader } from '../settings-reader.js';

/** Where the user's fallback font is: a URI (`file:`, `vscode-vfs:`…), an absolute path, or a path in the workspace. */
export type FontLocation = { readonly kind: 'uri'; readonly uri: string } | { readonly kind: 'absolute-path' | 'workspace-path'; readonly path: string };

/** The `reelkit.pdf.*` settings. */
export interface PdfExportSettings {
  readonly paper: PaperName;
  readonly fallbackFont: FontLocation | undefined;
}

// A scheme of two letters or more: `C:\Fonts\x.ttf` is a Windows path, not a URI with scheme `c`.
const uriPattern = /^[a-z][a-z0-9+.-]+:/iu;
const absolutePathPattern = /^(?:\/|\\\\|[a-z]:[\\/])/iu;

/** Reads where a font setting points; empty or not a string is none. */
export function readFontLocation(value: unknown): FontLocation | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  if (absolutePathPattern.test(text)) return { kind: 'absolute-path', path: text };
  if (uriPattern.test(text)) return { kind: 'uri', uri: text };
  return { kind: 'workspace-path', path: text };
}

/** The paper (`a4` in any case, else US Letter, the default) and the fallback font the user set. */
export function readPdfExportSettings(settings: SettingsReader): PdfExportSettings {
  const paper = settings.get<unknown>('pdf.paper', 'letter');
  return {
    paper: typeof paper === 'string' && paper.toLowerCase() === 'a4' ? 'a4' : 'letter',
    fallbackFont: readFontLocation(settings.get<unknown>('pdf.fallbackFont', '')),
  };
}
