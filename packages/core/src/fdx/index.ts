// Final Draft (.fdx) import and export: FDX to Fountain and a parsed Fountain script to FDX, in every host (no DOM).
export { FdxImportError, type FdxImportProblem } from './fdx-import-error.js';
export type { FdxRuleId } from './fdx-warnings.js';
export { readFdx, type FdxReadResult } from './read-fdx.js';
export { writeFdx, type FdxWriteResult } from './write-fdx.js';
