/** Where a command writes; the entry passes the process streams, tests pass recorders. */
export interface CliIo {
  /** Writes to standard output; `text` carries its own line ends. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error; `text` carries its own line ends. */
  readonly stderr: (text: string) => void;
}

/** One `reelkit <name>` command. Each parses its own arguments with `node:util` `parseArgs`. */
export interface CliCommand {
  /** The word typed after `reelkit`. */
  readonly name: string;
  /** One line for `reelkit --help`. */
  readonly summary: string;
  /** Runs the command with the arguments after its name and resolves to the process exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}
