import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-command.js';
import { ExitCode } from './exit-code.js';

/** How a command names itself in errors, and the line it prints after a usage error. */
export interface CommandUsage {
  /** The word after `reelkit`. */
  readonly name: string;
  /** Printed under the message: the usage line, or where to find it. */
  readonly hint: string;
}

/** A command's option table, as `parseArgs` takes it. */
type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What `parseArgs` gives back for a command's options, positionals allowed. */
export type CommandArgs<T extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** Prints `reelkit <name>: <message>` and the command's hint to stderr; resolves to the usage exit code. */
export function usageError(io: CliIo, usage: CommandUsage, message: string): number {
  io.stderr(`reelkit ${usage.name}: ${message}\n${usage.hint}\n`);
  return ExitCode.usage;
}

/** Parses a command's arguments strictly; an unknown or malformed option becomes a usage error (its exit code). */
export function parseCommandArgs<T extends CommandOptions>(
  args: readonly string[],
  options: T,
  io: CliIo,
  usage: CommandUsage,
): CommandArgs<T> | number {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, usage, error instanceof Error ? error.message : String(error));
  }
}

/** The one file a command takes, or the usage error for none or several (its exit code). */
export function onePath(positionals: readonly string[], io: CliIo, usage: CommandUsage, missing = 'No script given.'): string | number {
  const [path, ...extra] = positionals;
  if (path !== undefined && extra.length === 0) return path;
  return usageError(io, usage, path === undefined ? missing : `One file at a time; got ${positionals.length}.`);
}
