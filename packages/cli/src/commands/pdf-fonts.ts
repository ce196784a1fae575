import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { defaultPdfFontSources, type PdfFontSource } from '@reelkit/core/pdf';

const require = createRequire(import.meta.url);

// Where operating systems keep fonts; missing folders are skipped.
const fontFolders = (): string[] => [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.fonts'),
  join(homedir(), '.local/share/fonts'),
  '/System/Library/Fonts',
  '/Library/Fonts',
  join(homedir(), 'Library/Fonts'),
  join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts'),
];

// System fonts worth falling back to, best first: CJK (Noto/Source Han, then the usual Linux, macOS and Windows
// ones), the other Noto scripts, DejaVu Sans Mono. Each is read only if a character needs it.
const preferred: readonly RegExp[] = [
  /^NotoSansCJK-Regular\.tt[co]$/iu,
  /^NotoSans(Mono)?CJK\w*-Regular\.(ttc|otf)$/iu,
  /^NotoSans(JP|SC|TC|HK|KR)-Regular\.(otf|ttf)$/iu,
  /^SourceHanSans(-|\w*-)Regular\.(ttc|otf)$/iu,
  /^(wqy-zenhei|wqy-microhei)\.ttc$/iu,
  /^(ipaexg|ipag)\.ttf$/iu,
  /^(PingFang|Hiragino Sans GB|ヒラギノ角ゴシック W3)\.ttc$/iu,
  /^(msgothic|msyh|malgun|simsun)\.tt[cf]$/iu,
  /^DroidSansFallback(Full)?\.ttf$/iu,
  /^NotoSans[A-Z][A-Za-z]+-Regular\.ttf$/u,
  /^DejaVuSansMono\.ttf$/iu,
];

async function filesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { recursive: true })).map((file) => join(folder, file));
  } catch {
    return [];
  }
}

/** Fallback fonts found in the system's font folders, in `preferred` order, each read only when needed. */
export async function findSystemFonts(folders: readonly string[] = fontFolders()): Promise<PdfFontSource[]> {
  const files = (await Promise.all(folders.map(filesIn))).flat();
  const ranked = preferred.flatMap((pattern) => files.filter((file) => pattern.test(basename(file))).sort());
  return [...new Set(ranked)].map((path) => fontFile(path));
}

/** A font file as a source for any style, read when a character first needs it. */
export function fontFile(path: string): PdfFontSource {
  return { name: basename(path), style: 'any', bytes: async () => new Uint8Array(await readFile(path)) };
}

/** Courier Prime and Cousine, read from the packages installed beside the CLI. */
export function packagedFonts(): PdfFontSource[] {
  return defaultPdfFontSources(async (file) => new Uint8Array(await readFile(require.resolve(`${file.package}/${file.path}`))));
}
