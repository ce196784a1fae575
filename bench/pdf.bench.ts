// pdf.bigfish: Big Fish from Fountain text to PDF bytes in-process (parse, paginate, draw, subset and embed fonts),
// median after warm-up, as `reelkit pdf` runs it (Node's zlib); pdf.bigfish.whatwg: the same with the core's
// default deflate (WHATWG CompressionStream), as a web worker runs it. Anchor: afterwriting (the engine of betterfountain's export) writing the same script as a
// US-letter PDF in the same run, timed as a whole process: it has no Node API, its CLI boots a RequireJS app.
// pdf.cli.bigfish: `reelkit pdf` as a whole process (the CLI bundle, built here as `npm run build` builds it) beside
// the same afterwriting run, for a like-for-like ratio. pdf.bundle: KB of the export chunk a host loads lazily
// (exportScreenplayPdf with fontkit, minified ESM for the browser).
import { spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { exportScreenplayPdf } from '../packages/core/src/pdf/index.js';
import { parseFountain } from '../packages/core/src/screenplay/index.js';
import { packagedFonts } from '../packages/cli/src/commands/pdf-fonts.js';
import { bundles, common } from '../scripts/bundles.mjs';
import { createBenchResult, median, type BenchResult } from './bench-result.js';
import { bigFish } from './big-fish.js';
import { sampleMsAsync } from './sample-ms.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'reelkit-pdf-bench-'));
const script = join(work, 'Big-Fish.fountain');
writeFileSync(script, bigFish);

function afterwritingRun(): void {
  const config = join(work, 'afterwriting.json');
  writeFileSync(config, JSON.stringify({ print_profile: 'usletter' }));
  const awc = createRequire(import.meta.url).resolve('afterwriting/awc.js');
  const run = spawnSync(process.execPath, [awc, '--source', script, '--pdf', join(work, 'afterwriting.pdf'), '--overwrite', '--config', config], { encoding: 'utf8' });
  if (run.status !== 0 || !run.stdout.includes('Done!')) throw new Error(`afterwriting failed: ${run.stderr}`);
}

// The CLI bundle with `npm run build`'s options, beside the real one (it reads ../package.json, resolves the fonts).
async function buildCli(): Promise<string> {
  const { name: _name, entryPoints: _entryPoints, ...options } = bundles.find((bundle) => bundle.name === 'cli') ?? {};
  await esbuild.build({ ...common, ...options, entryPoints: { 'reelkit.bench': join(root, 'packages/cli/src/reelkit.ts') }, sourcemap: false, logLevel: 'error' });
  return join(root, 'packages/cli/dist/reelkit.bench.js');
}

async function exportChunkKilobytes(): Promise<number> {
  const result = await esbuild.build({
    ...common,
    stdin: { contents: "export { exportScreenplayPdf } from './packages/core/src/pdf/index.ts';", resolveDir: root, loader: 'ts' },
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return Math.round(((result.outputFiles[0]?.contents.byteLength ?? Number.NaN) / 1024) * 10) / 10;
}

export default async function (): Promise<BenchResult[]> {
  const fonts = packagedFonts();
  const ours = median(await sampleMsAsync(() => exportScreenplayPdf(parseFountain(bigFish), { paper: 'letter', fonts, deflate: (bytes) => deflateSync(bytes) }), 3, 15));
  const portable = median(await sampleMsAsync(() => exportScreenplayPdf(parseFountain(bigFish), { paper: 'letter', fonts }), 3, 15));
  const cli = await buildCli();
  const out = join(work, 'reelkit.pdf');
  const ourProcess = median(
    await sampleMsAsync(() => {
      const run = spawnSync(process.execPath, [cli, 'pdf', script, '--out', out], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`reelkit pdf failed: ${run.stderr}`);
    }, 1, 5),
  );
  const afterwriting = median(await sampleMsAsync(afterwritingRun, 1, 5));
  const anchor = 'afterwriting CLI, same script, US letter, whole process, same run';
  return [
    createBenchResult({ id: 'pdf.bigfish', value: ours, unit: 'ms', anchor, anchorValue: afterwriting, better: 'lower', target: '<= 0.1 (10x faster)' }),
    createBenchResult({ id: 'pdf.bigfish.whatwg', value: portable, unit: 'ms', anchor, anchorValue: afterwriting, better: 'lower', target: '<= 0.1 (10x faster)' }),
    createBenchResult({ id: 'pdf.cli.bigfish', value: ourProcess, unit: 'ms', anchor, anchorValue: afterwriting, better: 'lower' }),
    createBenchResult({ id: 'pdf.bundle', value: await exportChunkKilobytes(), unit: 'KB', anchor: 'target (an extension bundle budget)', anchorValue: 400, better: 'lower', target: '<= 400 KB minified' }),
  ];
}
