import { FdxImportError, readFdx, writeFdx } from '@reelkit/core/fdx';
import type { Finding } from '@reelkit/core/findings';
import { parseFountain } from '@reelkit/core/screenplay';
import type { CliCommand, CliIo } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs, usageError } from '../command-args.js';
import { ReportExitCode } from '../report/report-exit-code.js';
import { resolveConvertTarget } from './convert-target.js';
import { readTextFile } from '../read-text-file.js';
import { writeNewFile } from './write-new-file.js';

const usage = 'Usage: reelkit convert <script.fountain|script.fdx> [--out <file>] [--force]';

const convertUsage: CommandUsage = { name: 'convert', hint: usage };

const options = {
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const help = `${usage}

Converts a Fountain script (.fountain, .spmd, .txt) to a Final Draft file (.fdx), or a Final Draft file to Fountain,
by the input's extension: scene numbers, dual dialogue, emphasis, notes and the title page go across. What cannot
(boneyard, a Final Draft paragraph type Fountain has no element for) is said on stderr.

Options:
  --out <file>   Write here (default: beside the input, with the other extension)
  --force        Replace the output file if it exists (by default an existing file is never overwritten)
  -h, --help     Show this help

Exit codes: 0 converted, 2 wrong usage, 3 the input cannot be read or is not a script, or the output exists.
`;

/** `reelkit convert <in>`: Fountain to Final Draft `.fdx` and back, never overwriting a file unless told to. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert a Fountain script to Final Draft (.fdx) or a Final Draft file to Fountain',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, options, io, convertUsage);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(help);
      return ReportExitCode.ok;
    }
    const input = onePath(positionals, io, convertUsage);
    if (typeof input === 'number') return input;
    const target = resolveConvertTarget(input, values.out);
    if (typeof target === 'string') return usageError(io, convertUsage, target);
    const file = await readTextFile(input, { command: 'reelkit convert', reads: 'Fountain (.fountain) and Final Draft (.fdx) files' });
    if ('problem' in file) return inputError(io, file.problem);
    if (file.text.trim() === '') return inputError(io, `${input} is empty; there is nothing to convert.`);

    let converted: { text: string; warnings: Finding[] };
    if (target.to === 'fdx') {
      const { fdx, warnings } = writeFdx(parseFountain(file.text));
      converted = { text: fdx, warnings };
    } else {
      try {
        const { fountain, warnings } = readFdx(file.text);
        converted = { text: fountain, warnings };
      } catch (error) {
        if (FdxImportError.isInstance(error)) return inputError(io, `${input}: ${error.message}`);
        throw error;
      }
    }
    const refusal = await writeNewFile(target.out, converted.text, values.force === true);
    if (refusal !== undefined) return inputError(io, refusal);
    for (const warning of converted.warnings) io.stderr(`reelkit convert: ${describe(input, warning)}\n`);
    io.stdout(`Wrote ${target.out}${converted.warnings.length === 0 ? '.' : ` (${converted.warnings.length === 1 ? '1 note' : `${converted.warnings.length} notes`} above).`}\n`);
    return ReportExitCode.ok;
  },
};

/** `script.fdx:12: message`, with the 1-based line of the first place it happened. */
function describe(input: string, warning: Finding): string {
  return `${input}${warning.range === undefined ? '' : `:${warning.range.start.line + 1}`}: ${warning.message}`;
}

function inputError(io: CliIo, message: string): number {
  io.stderr(`reelkit convert: ${message}\n`);
  return ReportExitCode.input;
}
