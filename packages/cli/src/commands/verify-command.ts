import type { CliCommand } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs, usageError } from '../command-args.js';
import { ExitCode } from '../exit-code.js';
import { formatVerification } from '../verify/format-verification.js';
import { defaultLedgerPath, verifyDocument } from '../verify/verify-document.js';

const usage = 'Usage: reelkit verify <file> [--ledger <path>] [--trust <key id>]... [--expect-head <checkpoint id>] [--json]';

const verifyUsage: CommandUsage = { name: 'verify', hint: usage };

const options = {
  ledger: { type: 'string' },
  trust: { type: 'string', multiple: true },
  'expect-head': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `reelkit verify <file>`: checks the document's provenance ledger (hash chain, checkpoint signatures, AI spans) and
 * prints what it found. Exit 0 when everything verifies, 1 when there are errors or warnings or no ledger, 2 on a
 * usage error (bad options, no such document).
 */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: "Verify a document's provenance ledger and show its AI share",
  run: async (args, io) => {
    const parsed = parseCommandArgs(args, options, io, verifyUsage);
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    if (values.help === true) {
      io.stdout(`${usage}\n\nChecks <file>.ledger.jsonl (or --ledger) against <file>; --trust names a signing key id to require; --expect-head names the last checkpoint you saw, so a ledger cut short fails.\n`);
      return ExitCode.ok;
    }
    const file = onePath(positionals, io, verifyUsage, 'Name the document to verify.');
    if (typeof file === 'number') return file;
    const ledger = values.ledger ?? defaultLedgerPath(file);
    const result = await verifyDocument(file, ledger, values.trust ?? [], values['expect-head']);
    if ('kind' in result && result.kind === 'missing-document') return usageError(io, verifyUsage, `No such document: ${result.path}`);
    if ('kind' in result && result.kind === 'not-a-file') return usageError(io, verifyUsage, `${result.path} is a folder, not a file: name the document whose ledger to verify.`);
    if ('kind' in result) {
      io.stderr(`reelkit verify: No provenance ledger at ${result.path}. Nothing about ${file} can be verified; pass --ledger <path> if it is elsewhere.\n`);
      return ExitCode.failure;
    }
    io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatVerification(result));
    return result.verification.ok ? ExitCode.ok : ExitCode.failure;
  },
};
