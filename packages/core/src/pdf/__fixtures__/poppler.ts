// Reads PDFs back with poppler's command-line tools (Debian's poppler-utils), which nobody here wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedDebianFile } from '../../../../../tests/support/external.js';

/** poppler's pdftotext; the tests that need it skip (or fail under REELKIT_REQUIRE_EXTERNAL=1) without it. */
export const poppler = installedDebianFile('/usr/bin/pdftotext', 'poppler-utils');

/** Noto Sans CJK from Debian's fonts-noto-cjk: the font CI installs for the Japanese and Chinese lines. */
export const notoCjk = installedDebianFile('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'fonts-noto-cjk');

/** Writes PDF bytes to a new temporary file and returns its path. */
export function writeTemporaryPdf(bytes: Uint8Array, name = 'script.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'reelkit-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

const run = (program: string, args: readonly string[]): string => execFileSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** `pdftotext -layout`: the text as laid out, pages separated by form feeds. */
export function pdftotextPages(path: string): string[] {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\f').slice(0, -1);
}

/** `pdfinfo`: its "Key: value" lines as a record. */
export function pdfinfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/u.exec(line);
    if (match !== null) info[match[1] as string] = match[2] as string;
  }
  return info;
}

/** One row of `pdffonts`: the font's name, type, and its emb/sub/uni columns. */
export interface PdffontsRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/** `pdffonts`: every font of the file. */
export function pdffonts(path: string): PdffontsRow[] {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(Identity-H|WinAnsi|Custom|Builtin|Standard|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/u.exec(line);
      if (match === null) throw new Error(`pdffonts printed a line this test cannot read: ${line}`);
      return { name: match[1] as string, type: match[2] as string, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
}
