import type { CliCommand } from '../cli-command.js';

/** `reelkit report` (being built). */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'not available yet',
  run: async (_args, io) => {
    io.stderr('reelkit report is not available yet.\n');
    return 2;
  },
};
