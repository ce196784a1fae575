import { rename, writeFile } from 'node:fs/promises';
import { proposeCast, readCast } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import type { CliCommand } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs } from '../command-args.js';
import { readTextFile } from '../read-text-file.js';
import { ReportExitCode } from '../report/report-exit-code.js';

const usage = 'Usage: reelkit cast <script.fountain> [--write]';

const castUsage: CommandUsage = { name: 'cast', hint: usage };

const options = {
  write: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `reelkit cast <script>`: proposes the script's Cast block — every speaking character, most lines first, declared
 * lines kept, an inferred gender proposed (with its evidence in a comment) for the rest — and prints it. With
 * `--write` it puts the block into the script as one edit (over the old block, or after the title page).
 */
export const castCommand: CliCommand = {
  name: 'cast',
  summary: 'Propose the script\'s Cast block (genders inferred as proposals, with their evidence); --write puts it in',
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, options, io, castUsage);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(`${usage}\n\nPrints a Cast block for the script; --write puts it into the script (one edit, the rest untouched).\nOnly gender is ever proposed, never age, groups, race, disability or orientation.\n`);
      return ReportExitCode.ok;
    }
    const path = onePath(positionals, io, castUsage);
    if (typeof path === 'number') return path;
    const script = await readTextFile(path, { command: 'reelkit cast', reads: 'Fountain screenplays' });
    if ('problem' in script) {
      io.stderr(`reelkit cast: ${script.problem}\n`);
      return ReportExitCode.input;
    }
    const screenplay = parseFountain(script.text);
    const proposed = proposeCast(script.text, screenplay, readCast(screenplay));
    if (values.write !== true) {
      io.stdout(`${proposed.block}\n`);
      return ReportExitCode.ok;
    }
    const { offset, length, text } = proposed.edit;
    // Written beside the script, then renamed over it: a failure midway never leaves half a script.
    const temporary = `${path}.reelkit-cast.tmp`;
    await writeFile(temporary, script.text.slice(0, offset) + text + script.text.slice(offset + length));
    await rename(temporary, path);
    const guessed = proposed.proposals.filter((proposal) => proposal.gender !== undefined).length;
    io.stdout(`Wrote the Cast block into ${path}: ${proposed.proposals.length} characters added, ${guessed} with a proposed gender to check (see the // comments).\n`);
    return ReportExitCode.ok;
  },
};
