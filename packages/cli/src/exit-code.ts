/** Process exit codes of `reelkit`, following the Unix convention that 2 means "you called me wrong". */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
} as const;

/** One of the exit codes `reelkit` uses. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
