import type { CliCommand } from './cli-command.js';

/** The text `reelkit --help` prints. */
export function formatHelp(commands: readonly CliCommand[]): string {
  const lines = ['Usage: reelkit [options] <command> [command options]', ''];
  if (commands.length > 0) {
    const width = Math.max(...commands.map((command) => command.name.length));
    lines.push('Commands:');
    for (const command of commands) lines.push(`  ${command.name.padEnd(width)}  ${command.summary}`);
    lines.push('');
  }
  lines.push('Options:', '  -h, --help     Show this help', '  -v, --version  Show the version', '');
  return lines.join('\n');
}
