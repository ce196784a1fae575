/** Severity of a log line, most to least severe; `off` silences everything. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Structured fields attached to a log line. Never put secrets or prompts here. */
export type LogFields = Readonly<Record<string, unknown>>;

/** The logger a host injects (VS Code output channel, Obsidian console, UXP console). */
export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

const noop = (): void => {};

/** The default: a library stays quiet unless the host asks otherwise. */
export const silentLogger: Logger = { error: noop, warn: noop, info: noop, debug: noop };

const ranks: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Wraps a logger so only lines at `level` or more severe reach it. */
export function createLeveledLogger(target: Logger, level: LogLevel): Logger {
  const allows = (lineLevel: Exclude<LogLevel, 'off'>): boolean => ranks[lineLevel] <= ranks[level];
  return {
    error: (message, fields) => allows('error') && target.error(message, fields),
    warn: (message, fields) => allows('warn') && target.warn(message, fields),
    info: (message, fields) => allows('info') && target.info(message, fields),
    debug: (message, fields) => allows('debug') && target.debug(message, fields),
  };
}
