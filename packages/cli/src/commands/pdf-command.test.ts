import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReelkitPdf } from '@reelkit/core/pdf';
import type { CliIo } from '../cli-command.js';
import { createPdfCommand, pdfCommand } from './pdf-command.js';
import { findSystemFonts } from './pdf-fonts.js';

const withoutSystemFonts = createPdfCommand({ systemFonts: async () => [] });
const script = ['Title: Tide', '', 'INT. PIER - NIGHT', '', 'Waves.', '', 'ANN', 'Cold.', ''].join('\n');

function recordIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, out, err };
}

describe('reelkit pdf', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reelkit-pdf-'));
    path = join(dir, 'tide.fountain');
    await writeFile(path, script);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('writes the PDF beside the script and says how many pages it has', async () => {
    const { io, out, err } = recordIo();
    expect(await pdfCommand.run([path], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toBe(`Wrote ${join(dir, 'tide.pdf')}: 1 page and a title page, US Letter.\n`);
    expect(isReelkitPdf(await readFile(join(dir, 'tide.pdf')))).toBe(true);
  });

  it('replaces a PDF it wrote, refuses one it did not unless --out names it', async () => {
    const target = join(dir, 'tide.pdf');
    expect(await pdfCommand.run([path], recordIo().io)).toBe(0);
    expect(await pdfCommand.run([path, '--paper', 'a4'], recordIo().io)).toBe(0);
    await writeFile(target, '%PDF-1.4 a contract someone else wrote');
    const refused = recordIo();
    expect(await pdfCommand.run([path], refused.io)).toBe(3);
    expect(refused.err.join('')).toBe(`reelkit pdf: ${target} exists and was not written by reelkit; pass --out <file.pdf> to choose where to write.\n`);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.4 a contract someone else wrote');
    const named = recordIo();
    expect(await pdfCommand.run([path, '--out', target, '--paper', 'a4'], named.io)).toBe(0);
    expect(named.out.join('')).toBe(`Wrote ${target}: 1 page and a title page, A4.\n`);
  });

  it('lists characters no font has, with how to fix it, and still writes the PDF', async () => {
    await writeFile(path, `${script}\nSOMCHAI\nสวัสดี\n`);
    const { io, out, err } = recordIo();
    expect(await withoutSystemFonts.run([path], io)).toBe(0);
    expect(out.join('')).toBe(`Wrote ${join(dir, 'tide.pdf')}: 1 page and a title page, US Letter.\n`);
    expect(err.join('')).toBe(
      'reelkit pdf: warning: No font in the PDF has 5 characters of the script: ด (U+0E14), ว (U+0E27), ส (U+0E2A), ั (U+0E31), ี (U+0E35). ' +
        'They print as an empty box (the text still copies out of the PDF). Export again with a font that has these characters ' +
        '(a .ttf, .otf or .ttc file, such as the Noto font for the script). Pass it with --font <file>.\n',
    );
  });

  it('refuses a font file it cannot read or use, and wrong arguments, with the usual exit codes', async () => {
    await writeFile(path, `${script}\nSOMCHAI\nสวัสดี\n`);
    const absent = recordIo();
    expect(await withoutSystemFonts.run([path, '--font', join(dir, 'none.ttf')], absent.io)).toBe(3);
    expect(absent.err.join('')).toBe(`reelkit pdf: cannot read the font ${join(dir, 'none.ttf')}: no such file.\n`);
    const notFont = join(dir, 'notes.ttf');
    await writeFile(notFont, 'just some notes');
    const broken = recordIo();
    expect(await withoutSystemFonts.run([path, '--font', notFont], broken.io)).toBe(3);
    expect(broken.err.join('')).toMatch(/^reelkit pdf: notes\.ttf is not a font file that can be embedded \(.+\)\. Choose a TrueType or OpenType font file/u);
    const wrong = recordIo();
    expect(await pdfCommand.run([path, '--paper', 'legal'], wrong.io)).toBe(2);
    expect(wrong.err.join('')).toContain('--paper takes letter or a4, not "legal".');
    const missing = recordIo();
    expect(await pdfCommand.run([join(dir, 'nope.fountain')], missing.io)).toBe(3);
    expect(missing.err.join('')).toBe(`reelkit pdf: cannot read ${join(dir, 'nope.fountain')}: no such file.\n`);
  });

  it('finds fallback fonts in font folders, best first, and none in a folder without fonts', async () => {
    for (const name of ['DejaVuSansMono.ttf', 'NotoSansThai-Regular.ttf', 'NotoSansCJK-Regular.ttc', 'readme.txt']) await writeFile(join(dir, name), '');
    expect((await findSystemFonts([dir, join(dir, 'absent')])).map((font) => font.name)).toEqual(['NotoSansCJK-Regular.ttc', 'NotoSansThai-Regular.ttf', 'DejaVuSansMono.ttf']);
    expect(await findSystemFonts([join(dir, 'absent')])).toEqual([]);
  });
});
