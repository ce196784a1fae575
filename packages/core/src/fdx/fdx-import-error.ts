import { ReelkitError } from '../errors/reelkit-error.js';

/** Why a file could not be read as a Final Draft script. */
export type FdxImportProblem = 'empty' | 'malformed-xml' | 'not-fdx';

const hints: Record<FdxImportProblem, string> = {
  empty: 'Choose the .fdx file again; if it is empty on disk too, export the script from Final Draft again.',
  'malformed-xml': 'The file is damaged or cut short: open it in Final Draft and save it again, or export a fresh copy.',
  'not-fdx': 'Choose a .fdx file saved by Final Draft (or by an app that exports Final Draft files).',
};

/** The text is not a Final Draft file: empty, not well-formed XML, or XML of another kind. Never thrown for content. */
export class FdxImportError extends ReelkitError {
  readonly problem: FdxImportProblem;
  /** 1-based line and column of a well-formedness error, when there is one. */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(problem: FdxImportProblem, message: string, place?: { line: number; column: number }, cause?: unknown) {
    super({ code: 'invalid_argument', message, hint: hints[problem], cause });
    this.name = 'FdxImportError';
    this.problem = problem;
    this.line = place?.line;
    this.column = place?.column;
  }
}
