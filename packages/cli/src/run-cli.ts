import { parseArgs } from 'node:util';
import { ReelkitError } from '@reelkit/core/errors';
import type { CliCommand, CliIo } from './cli-command.js';
import { ExitCode } from './exit-code.js';
import { formatHelp } from './format-help.js';

/** What `runCli` needs from its caller. */
export interface CliContext {
  readonly io: CliIo;
  readonly version: string;
  readonly commands: readonly CliCommand[];
}

const globalOptions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Runs `reelkit` with the arguments after the program name and resolves to the exit code. Options before the
 * command are global; everything after the command name belongs to the command.
 */
export async function runCli(args: readonly string[], { io, version, commands }: CliContext): Promise<number> {
  // No global option takes a value, so the first word that is not an option is the command.
  const commandIndex = args.findIndex((arg) => !arg.startsWith('-'));
  const globalArgs = commandIndex === -1 ? args : args.slice(0, commandIndex);

  let values: { help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({ args: [...globalArgs], options: globalOptions, strict: true }));
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) {
    io.stdout(formatHelp(commands));
    return ExitCode.ok;
  }
  if (values.version === true) {
    io.stdout(`${version}\n`);
    return ExitCode.ok;
  }
  if (commandIndex === -1) {
    io.stderr(formatHelp(commands));
    return ExitCode.usage;
  }

  const name = args[commandIndex] ?? '';
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const names = commands.map((candidate) => candidate.name).join(', ');
    return usageError(io, `Unknown command '${name}'. ${names === '' ? 'There are no commands yet.' : `Commands: ${names}.`}`);
  }
  try {
    return await command.run(args.slice(commandIndex + 1), io);
  } catch (error) {
    io.stderr(`reelkit ${name}: ${describeFailure(error)}\n`);
    return ExitCode.failure;
  }
}

/** Reelkit errors carry their fix in the message; anything else is a bug, so its stack helps more. */
function describeFailure(error: unknown): string {
  if (ReelkitError.isInstance(error)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`reelkit: ${message}\nRun 'reelkit --help' for usage.\n`);
  return ExitCode.usage;
}
