// obsidian.bundle: size of the Obsidian plugin's main.js, built in memory with the options of scripts/build.mjs
// (esbuild, cjs, browser, es2020, minified, obsidian/electron/@codemirror/@lezer external). Anchor: the target.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { createBenchResult, type BenchResult } from './bench-result.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The largest inputs, so a regression names its cause. */
function largestInputs(metafile: esbuild.Metafile, count: number): string {
  const output = Object.values(metafile.outputs)[0];
  if (output === undefined) return '';
  const byPackage = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs)) {
    const modules = path.split('node_modules/');
    const name = modules.length > 1 ? (modules[modules.length - 1] ?? '').split('/').slice(0, (modules[modules.length - 1] ?? '').startsWith('@') ? 2 : 1).join('/') : path.split('/').slice(0, 3).join('/');
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
}

export default async function obsidianBundleBench(): Promise<BenchResult[]> {
  const result = await esbuild.build({
    absWorkingDir: root,
    bundle: true,
    conditions: ['source'],
    logLevel: 'warning',
    entryPoints: ['packages/obsidian-story/src/main.ts'],
    outfile: 'packages/obsidian-story/dist/main.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
    minify: true,
    write: false,
    metafile: true,
  });
  const bytes = result.outputFiles.reduce((sum, file) => sum + (file.path.endsWith('main.js') ? file.contents.byteLength : 0), 0);
  process.stderr.write(`obsidian.bundle largest inputs: ${largestInputs(result.metafile, 6)}\n`);
  const kilobytes = Math.round((bytes / 1024) * 10) / 10;
  return [createBenchResult({ id: 'obsidian.bundle', value: kilobytes, unit: 'KB', anchor: 'target', anchorValue: 300, better: 'lower', target: '<= 300' })];
}
