import type { CliCommand } from '../cli-command.js';

/**
 * Every `reelkit` command, in the order `--help` lists them. `report`, `verify` and `generate` are added here,
 * one module each under `commands/`.
 */
export const cliCommands: readonly CliCommand[] = [];
