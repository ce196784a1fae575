import type { CliCommand } from '../cli-command.js';
import { breakdownCommand } from './breakdown-command.js';
import { castCommand } from './cast-command.js';
import { convertCommand } from './convert-command.js';
import { pdfCommand } from './pdf-command.js';
import { reportCommand } from './report-command.js';
import { verifyCommand } from './verify-command.js';

/** Every `reelkit` command, in the order `--help` lists them; one module each under `commands/`. */
export const cliCommands: readonly CliCommand[] = [reportCommand, castCommand, breakdownCommand, convertCommand, pdfCommand, verifyCommand];
