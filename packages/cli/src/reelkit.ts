#!/usr/bin/env node
// Entry of the `reelkit` command: wires the process to `runCli` and nothing else.
import { cliCommands } from './commands/index.js';
import { readPackageVersion } from './package-version.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  io: {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  version: readPackageVersion(),
  commands: cliCommands,
});
