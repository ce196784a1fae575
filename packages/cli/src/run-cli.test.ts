import { describe, expect, it } from 'vitest';
import { ReelkitError } from '@reelkit/core/errors';
import type { CliCommand, CliIo } from './cli-command.js';
import { runCli } from './run-cli.js';

function recordIo(): { stdout: string[]; stderr: string[]; io: CliIo } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, io: { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) } };
}

const echo: CliCommand = {
  name: 'echo',
  summary: 'Prints its arguments',
  run: (args, io) => {
    io.stdout(`${args.join(' ')}\n`);
    return Promise.resolve(0);
  },
};

describe('runCli', () => {
  it('prints the version and exits 0', async () => {
    const { io, stdout, stderr } = recordIo();
    expect(await runCli(['--version'], { io, version: '1.2.3', commands: [] })).toBe(0);
    expect(stdout).toEqual(['1.2.3\n']);
    expect(stderr).toEqual([]);
  });

  it('lists the commands in --help', async () => {
    const { io, stdout } = recordIo();
    expect(await runCli(['-h'], { io, version: '1.2.3', commands: [echo] })).toBe(0);
    expect(stdout.join('')).toBe(
      'Usage: reelkit [options] <command> [command options]\n\nCommands:\n  echo  Prints its arguments\n\n' +
        'Options:\n  -h, --help     Show this help\n  -v, --version  Show the version\n',
    );
  });

  it('rejects an unknown command with exit code 2 and names the known ones', async () => {
    const { io, stdout, stderr } = recordIo();
    expect(await runCli(['frobnicate'], { io, version: '1.2.3', commands: [echo] })).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join('')).toBe("reelkit: Unknown command 'frobnicate'. Commands: echo.\nRun 'reelkit --help' for usage.\n");
  });

  it('rejects an unknown global option with exit code 2', async () => {
    const { io, stderr } = recordIo();
    expect(await runCli(['--frobnicate'], { io, version: '1.2.3', commands: [] })).toBe(2);
    expect(stderr.join('')).toContain("Unknown option '--frobnicate'");
  });

  it('prints the help to stderr with exit code 2 when no command is given', async () => {
    const { io, stdout, stderr } = recordIo();
    expect(await runCli([], { io, version: '1.2.3', commands: [] })).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join('')).toMatch(/^Usage: reelkit/);
  });

  it('passes the arguments after the command name to the command, options included', async () => {
    const { io, stdout } = recordIo();
    expect(await runCli(['echo', '--loud', 'hi'], { io, version: '1.2.3', commands: [echo] })).toBe(0);
    expect(stdout).toEqual(['--loud hi\n']);
  });

  it("shows a Reelkit error's message with its fix and exits 1", async () => {
    const error = new ReelkitError({ code: 'invalid_argument', message: 'No script given.', hint: 'Pass a .fountain file.' });
    const failing: CliCommand = { name: 'fail', summary: 'Fails', run: () => Promise.reject(error) };
    const { io, stderr } = recordIo();
    expect(await runCli(['fail'], { io, version: '1.2.3', commands: [failing] })).toBe(1);
    expect(stderr).toEqual(['reelkit fail: No script given. Pass a .fountain file.\n']);
  });
});
