import { ExitCode } from '../exit-code.js';

/** Exit codes of `reelkit report`: the shared ones plus 3 for input the command cannot read or output it will not write. */
export const ReportExitCode = {
  ...ExitCode,
  /** A `--fail-on` threshold was met (the shared `failure`). */
  thresholdFailed: ExitCode.failure,
  /** The script is missing, unreadable or not Fountain, or the report would overwrite a file Reelkit did not write. */
  input: 3,
} as const;
