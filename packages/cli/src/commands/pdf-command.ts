import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ReelkitError } from '@reelkit/core/errors';
import { exportScreenplayPdf, isReelkitPdf, type PdfFontSource } from '@reelkit/core/pdf';
import { parseFountain } from '@reelkit/core/screenplay';
import type { CliCommand, CliIo } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs, usageError } from '../command-args.js';
import { readTextFile } from '../read-text-file.js';
import { ReportExitCode } from '../report/report-exit-code.js';
import { findSystemFonts, fontFile, packagedFonts } from './pdf-fonts.js';

const usage = 'Usage: reelkit pdf <script.fountain> [--paper letter|a4] [--out <file.pdf>] [--font <file.ttf|otf|ttc>]';

const pdfUsage: CommandUsage = { name: 'pdf', hint: usage };

const options = {
  paper: { type: 'string' },
  out: { type: 'string' },
  font: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const help = `${usage}

Writes the script as a PDF set as Final Draft sets it (Courier 12 pt, its margins, page breaks and (MORE)/(CONT'D)):
  --paper letter|a4   paper size (default letter)
  --out <file.pdf>    where to write (default: the script's name with .pdf, beside it; replaced only if
                      reelkit wrote it)
  --font <file>       a font for characters Courier Prime and Cousine lack (Japanese, Chinese, Korean, Thai...);
                      repeat for several. Without it, fonts in the system's font folders are used (Noto CJK first).
Characters no font has are listed with how to fix it; they still copy out of the PDF as text.
`;

/** What the pdf command needs from the machine besides the script: fallback fonts (tests pass none). */
export interface PdfCommandHost {
  readonly systemFonts: () => Promise<PdfFontSource[]>;
}

/** Creates `reelkit pdf`; the entry passes the system's font folders, tests a fixed list. */
export function createPdfCommand(host: PdfCommandHost): CliCommand {
  return {
    name: 'pdf',
    summary: 'PDF of a Fountain script as Final Draft paginates it (US Letter or A4), fonts embedded',
    run: (args, io) => runPdf(args, io, host),
  };
}

/** `reelkit pdf <script>`: the script as a paginated PDF with embedded fonts. */
export const pdfCommand: CliCommand = createPdfCommand({ systemFonts: () => findSystemFonts() });

async function runPdf(args: readonly string[], io: CliIo, host: PdfCommandHost): Promise<number> {
  const parsed = parseCommandArgs(args, options, io, pdfUsage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(help);
    return ReportExitCode.ok;
  }
  const path = onePath(positionals, io, pdfUsage);
  if (typeof path === 'number') return path;
  const paper = values.paper ?? 'letter';
  if (paper !== 'letter' && paper !== 'a4') return usageError(io, pdfUsage, `--paper takes letter or a4, not "${paper}".`);
  const script = await readTextFile(path, { command: 'reelkit pdf', reads: 'Fountain screenplays' });
  if ('problem' in script) return inputError(io, script.problem);
  for (const font of values.font ?? []) {
    const found = await stat(font).catch(() => undefined);
    if (found?.isFile() !== true) return inputError(io, `cannot read the font ${font}: no such file.`);
  }
  const out = values.out ?? join(dirname(path), `${basename(path).replace(/\.(fountain|spmd|txt)$/iu, '')}.pdf`);
  if (values.out === undefined) {
    const existing = await readFile(out).catch(() => undefined);
    if (existing !== undefined && !isReelkitPdf(existing)) return inputError(io, `${out} exists and was not written by reelkit; pass --out <file.pdf> to choose where to write.`);
  }
  const fonts = [...packagedFonts(), ...(values.font ?? []).map(fontFile), ...(await host.systemFonts())];
  let result;
  try {
    // Node's zlib, called directly: faster here than the WHATWG streams the core uses by default.
    result = await exportScreenplayPdf(parseFountain(script.text), { paper, fonts, deflate: (bytes) => deflateSync(bytes) });
  } catch (error) {
    // A font that is not a font (PdfFontError); anything else is a bug and keeps its stack.
    if (ReelkitError.hasCode(error, 'invalid_argument')) return inputError(io, error.message);
    throw error;
  }
  try {
    await writeFile(out, result.bytes);
  } catch (error) {
    return inputError(io, `cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const titlePages = result.titlePageCount === 0 ? '' : ` and ${result.titlePageCount === 1 ? 'a title page' : `${result.titlePageCount} title pages`}`;
  io.stdout(`Wrote ${out}: ${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'}${titlePages}, ${paper === 'a4' ? 'A4' : 'US Letter'}.\n`);
  for (const finding of result.findings) {
    io.stderr(`reelkit pdf: ${finding.severity}: ${finding.message} ${finding.suggestion ?? ''} Pass it with --font <file>.\n`);
  }
  return ReportExitCode.ok;
}

function inputError(io: CliIo, message: string): number {
  io.stderr(`reelkit pdf: ${message}\n`);
  return ReportExitCode.input;
}
