// vscode.bundle.node / vscode.bundle.web: minified size of the extension's two bundles, built here with the options
// of scripts/build.mjs (in memory, so the bench needs no prior build). The anchor is the 400 KB target.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { createBenchResult, type BenchResult } from './bench-result.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const targetKB = 400;

/** Builds one bundle the way `npm run build` does and returns its size in KB. */
async function bundleKB(platform: 'node' | 'browser'): Promise<number> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['packages/fountain-vscode/src/extension.ts'],
    bundle: true,
    conditions: ['source'],
    format: 'cjs',
    platform,
    target: platform === 'node' ? 'node20' : 'es2022',
    external: ['vscode'],
    minify: true,
    write: false,
    outfile: 'extension.js',
    logLevel: 'error',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('extension.js'));
  if (output === undefined) throw new Error('esbuild produced no extension.js');
  return Math.round((output.contents.byteLength / 1024) * 10) / 10;
}

export default async function vscodeBundle(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const [id, platform] of [['vscode.bundle.node', 'node'], ['vscode.bundle.web', 'browser']] as const) {
    rows.push(
      createBenchResult({
        id,
        value: await bundleKB(platform),
        unit: 'KB',
        anchor: 'target (minified bundle)',
        anchorValue: targetKB,
        better: 'lower',
        target: `<= ${targetKB} KB minified`,
      }),
    );
  }
  return rows;
}
