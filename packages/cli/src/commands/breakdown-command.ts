import { writeFile } from 'node:fs/promises';
import { breakdownCsv, createBreakdown, type BreakdownTable } from '@reelkit/core/breakdown';
import { parseFountain } from '@reelkit/core/screenplay';
import type { CliCommand } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs, usageError } from '../command-args.js';
import { readTextFile } from '../read-text-file.js';
import { ReportExitCode } from '../report/report-exit-code.js';

const usage = 'Usage: reelkit breakdown <script.fountain> [--by scenes|locations|characters] [--out <file.csv>]';

const breakdownUsage: CommandUsage = { name: 'breakdown', hint: usage };

const options = {
  by: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const tables: readonly BreakdownTable[] = ['scenes', 'locations', 'characters'];

const help = `${usage}

Prints the script's production breakdown as CSV (opens in any spreadsheet):
  --by scenes       one row per scene: number, INT/EXT, location, time, length in eighths, speaking and silent cast (default)
  --by locations    one row per location: scenes, total length, INT/EXT, times of day
  --by characters   one row per character: scenes, speaking scenes, total length, first and last scene
  --out <file>      write the CSV to a file instead of printing it
`;

/** `reelkit breakdown <script>`: the production breakdown (per scene, location or character) as CSV. */
export const breakdownCommand: CliCommand = {
  name: 'breakdown',
  summary: 'Production breakdown as CSV: per scene (setting, location, time, eighths, cast), per location or per character',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, options, io, breakdownUsage);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(help);
      return ReportExitCode.ok;
    }
    const path = onePath(positionals, io, breakdownUsage);
    if (typeof path === 'number') return path;
    const table = values.by ?? 'scenes';
    if (!isTable(table)) return usageError(io, breakdownUsage, `--by takes scenes, locations or characters, not "${table}".`);
    const script = await readTextFile(path, { command: 'reelkit breakdown', reads: 'Fountain screenplays' });
    if ('problem' in script) {
      io.stderr(`reelkit breakdown: ${script.problem}\n`);
      return ReportExitCode.input;
    }
    const breakdown = createBreakdown(parseFountain(script.text));
    const csv = breakdownCsv(breakdown, table);
    if (values.out === undefined) {
      io.stdout(csv);
      return ReportExitCode.ok;
    }
    await writeFile(values.out, csv, 'utf8');
    io.stdout(`Wrote the breakdown by ${table} of ${path} to ${values.out}: ${breakdown.scenes.length} scenes; lengths from ${breakdown.lengthMethod}.\n`);
    return ReportExitCode.ok;
  },
};

function isTable(value: string): value is BreakdownTable {
  return (tables as readonly string[]).includes(value);
}
