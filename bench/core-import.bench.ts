// core.import.parser: the minified bundle of a plugin that imports only the Fountain parser through its public
// subpath (`@reelkit/core/screenplay`); anchor: the same import through the package index, built in the same run.
// Target: at most 30 KB — a parser user must not carry the openai SDK or the C2PA stack.
import * as esbuild from 'esbuild';
import { common } from '../scripts/bundles.mjs';
import { createBenchResult, type BenchResult } from './bench-result.js';

/** Minified size in KB of a module that imports `parseFountain` from `specifier` and uses it. */
async function parserImportKilobytes(specifier: string): Promise<number> {
  const result = await esbuild.build({
    ...common,
    stdin: { contents: `import { parseFountain } from '${specifier}';\nexport const parse = (text) => parseFountain(text);\n`, resolveDir: common.absWorkingDir ?? '.', loader: 'js' },
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return Math.round(((result.outputFiles?.[0]?.contents.byteLength ?? 0) / 1024) * 10) / 10;
}

export default async function coreImport(): Promise<BenchResult[]> {
  const subpath = await parserImportKilobytes('@reelkit/core/screenplay');
  const index = await parserImportKilobytes('@reelkit/core');
  return [createBenchResult({ id: 'core.import.parser', value: subpath, unit: 'KB', anchor: 'the same import through the package index', anchorValue: index, better: 'lower', target: '<= 30 KB' })];
}
