// premiere.bundle: minified size of the Premiere panel's bundle, built here with the options of scripts/build.mjs
// (in memory, so the bench needs no prior build). The anchor is the 300 KB target.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { createBenchResult, type BenchResult } from './bench-result.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const targetKB = 300;

/** Builds the panel bundle the way `npm run build` does and returns its size in KB. */
async function bundleKB(): Promise<number> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['packages/premiere-plugin/src/index.ts'],
    bundle: true,
    conditions: ['source'],
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: ['premierepro', 'uxp'],
    minify: true,
    write: false,
    outfile: 'index.js',
    logLevel: 'error',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('index.js'));
  if (output === undefined) throw new Error('esbuild produced no index.js');
  return Math.round((output.contents.byteLength / 1024) * 10) / 10;
}

export default async function premiereBundle(): Promise<BenchResult[]> {
  return [
    createBenchResult({
      id: 'premiere.bundle',
      value: await bundleKB(),
      unit: 'KB',
      anchor: 'target (minified bundle)',
      anchorValue: targetKB,
      better: 'lower',
      target: `<= ${targetKB} KB minified`,
    }),
  ];
}
