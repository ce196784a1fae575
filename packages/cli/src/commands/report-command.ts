import { basename, dirname, join } from 'node:path';
import { breakdownReportSection, createBreakdown } from '@reelkit/core/breakdown';
import { computeStatistics } from '@reelkit/core/pagination';
import { createScreenplayReport, renderReportHtml } from '@reelkit/core/representation';
import { parseFountain } from '@reelkit/core/screenplay';
import type { CliCommand, CliIo } from '../cli-command.js';
import { type CommandUsage, onePath, parseCommandArgs, usageError } from '../command-args.js';
import { checkFailOn, isFailOnValue } from '../report/fail-on.js';
import { formatTerminalReport } from '../report/format-terminal-report.js';
import { readTextFile } from '../read-text-file.js';
import { ReportExitCode } from '../report/report-exit-code.js';
import { reportUsage } from '../report/report-usage.js';
import { writeHtmlReport } from '../report/write-html-report.js';

/** What the report command needs from the process besides files: whether stderr is a terminal (for progress). */
export interface ReportCommandHost {
  readonly isStderrTerminal: () => boolean;
}

const reportCommandUsage: CommandUsage = { name: 'report', hint: "Run 'reelkit report --help' for usage." };

const options = {
  json: { type: 'boolean' },
  out: { type: 'string' },
  'fail-on': { type: 'string', multiple: true },
  'infer-gender': { type: 'boolean' },
  'lint-dialogue': { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Creates `reelkit report`; the entry passes the real terminal check, tests a fixed one. */
export function createReportCommand(host: ReportCommandHost): CliCommand {
  return {
    name: 'report',
    summary: 'Representation, Bechdel–Wallace and language report for a Fountain script (terminal, HTML, --json)',
    run: (args, io) => runReport(args, io, host),
  };
}

/** `reelkit report` wired to the process. */
export const reportCommand: CliCommand = createReportCommand({ isStderrTerminal: () => process.stderr.isTTY === true });

async function runReport(args: readonly string[], io: CliIo, host: ReportCommandHost): Promise<number> {
  const parsed = parseCommandArgs(args, options, io, reportCommandUsage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(reportUsage);
    return ReportExitCode.ok;
  }
  const scriptPath = onePath(positionals, io, reportCommandUsage);
  if (typeof scriptPath === 'number') return scriptPath;
  const failOn = (values['fail-on'] ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
  const unknown = failOn.find((value) => !isFailOnValue(value));
  if (unknown !== undefined) return usageError(io, reportCommandUsage, `--fail-on ${unknown}: expected bechdel, info, warning, error, a rule id or a prefix such as lang.*.`);

  const script = await readTextFile(scriptPath, { command: 'reelkit report', reads: 'Fountain screenplays' });
  if ('problem' in script) return inputError(io, script.problem);
  const screenplay = parseFountain(script.text);
  if (screenplay.scenes.length === 0 && screenplay.characters.length === 0) {
    return inputError(io, `${scriptPath} has no scene headings and no dialogue; is it a Fountain screenplay?`);
  }

  const showProgress = values.progress === true || host.isStderrTerminal();
  // Paginated once, for the report's pages and the breakdown's scene lengths.
  const statistics = computeStatistics(screenplay);
  const report = createScreenplayReport(screenplay, {
    statistics,
    inferGender: values['infer-gender'] === true,
    lintDialogue: values['lint-dialogue'] === true,
    ...(showProgress ? { onProgress: (stage: string, done: number, total: number) => progress(io, stage, done, total) } : {}),
  });

  const writeHtml = values.json !== true || values.out !== undefined;
  const htmlPath = values.out ?? join(dirname(scriptPath), `${basename(scriptPath).replace(/\.(fountain|spmd|txt)$/i, '')}.report.html`);
  if (writeHtml) {
    const refusal = await writeHtmlReport(htmlPath, renderReportHtml(report, basename(scriptPath), [breakdownReportSection(createBreakdown(screenplay, { statistics, presence: report.characters }))]), values.out !== undefined);
    if (refusal !== undefined) return inputError(io, refusal);
  }
  if (values.json === true) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${formatTerminalReport(report)}\nHTML report: ${htmlPath}\n`);

  const reasons = checkFailOn(report, failOn);
  for (const reason of reasons) io.stderr(`reelkit report: ${reason}\n`);
  return reasons.length > 0 ? ReportExitCode.thresholdFailed : ReportExitCode.ok;
}

function progress(io: CliIo, stage: string, done: number, total: number): void {
  // Every stage once, and the scene-by-scene lint every 25 scenes, so a long script shows it is moving.
  if (done === total || done % 25 === 0) io.stderr(`reelkit report: ${stage} ${done}/${total}\n`);
}

function inputError(io: CliIo, message: string): number {
  io.stderr(`reelkit report: ${message}\n`);
  return ReportExitCode.input;
}
