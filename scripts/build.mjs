// `npm run build`: bundles every package from its TypeScript sources with esbuild, then emits declarations with
// `tsc -b`. Prints each bundle's size and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as esbuild from 'esbuild';
import { bundles, common, copiedFiles, root } from './bundles.mjs';

/** The bundle's main file: its outfile, or in its outdir the file of its one named entry (else index.js). */
const outfileOf = (bundle) => {
  if (bundle.outfile !== undefined) return bundle.outfile;
  const names = Array.isArray(bundle.entryPoints) ? [] : Object.keys(bundle.entryPoints ?? {});
  return `${bundle.outdir}/${names.length === 1 ? names[0] : 'index'}.js`;
};

const failures = [];
const sizes = [];

await Promise.all(
  bundles.map(async ({ name, ...options }) => {
    try {
      await esbuild.build({ ...common, ...options });
      const outfile = outfileOf({ name, ...options });
      sizes.push({ name, outfile, bytes: (await stat(`${root}${outfile}`)).size });
    } catch {
      // esbuild has already printed the errors (logLevel 'warning').
      failures.push(`bundle ${name}`);
    }
  }),
);

// Resolved from the core, whose dependencies they are.
const resolveFromCore = createRequire(`${root}packages/core/package.json`).resolve;
await Promise.all(
  copiedFiles.map(async ({ from, to }) => {
    try {
      await mkdir(dirname(`${root}${to}`), { recursive: true });
      await copyFile(resolveFromCore(from), `${root}${to}`);
    } catch (error) {
      console.error(`cannot copy ${from}: ${error.message}`);
      failures.push(`copy ${from}`);
    }
  }),
);

if (sizes.some((size) => size.name === 'cli')) await chmod(`${root}packages/cli/dist/reelkit.js`, 0o755);

const nameWidth = Math.max(...bundles.map((bundle) => bundle.name.length));
const fileWidth = Math.max(...bundles.map((bundle) => outfileOf(bundle).length));
for (const bundle of bundles) {
  const { name } = bundle;
  const outfile = outfileOf(bundle);
  const size = sizes.find((candidate) => candidate.name === name);
  const shown = size === undefined ? 'FAILED' : `${(size.bytes / 1024).toFixed(1)} KB`;
  console.log(`${name.padEnd(nameWidth)}  ${outfile.padEnd(fileWidth)}  ${shown.padStart(9)}`);
}

console.log('tsc -b (declarations)');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const declarations = spawnSync(process.execPath, [tsc, '-b'], { cwd: root, stdio: 'inherit' });
if (declarations.status !== 0) failures.push('tsc -b');

if (failures.length > 0) {
  console.error(`build failed: ${failures.join(', ')}`);
  process.exit(1);
}
