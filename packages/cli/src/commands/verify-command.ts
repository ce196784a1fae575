import type { CliCommand } from '../cli-command.js';

/** `reelkit verify` (being built). */
export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'not available yet',
  run: async (_args, io) => {
    io.stderr('reelkit verify is not available yet.\n');
    return 2;
  },
};
