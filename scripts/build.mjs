// `npm run build`: bundles every package from its TypeScript sources with esbuild, then emits declarations with
// `tsc -b`. Prints each bundle's size and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { chmod, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

// Node's require for ESM bundles: bundled CommonJS dependencies that require() a Node built-in need a real one.
const nodeRequireBanner = [
  "import { createRequire as __reelkitCreateRequire } from 'node:module';",
  'const require = __reelkitCreateRequire(import.meta.url);',
].join('\n');

/** Options every bundle shares: `source` resolves `@reelkit/core` to its sources, so no stale build is bundled. */
const common = {
  absWorkingDir: root,
  bundle: true,
  conditions: ['source'],
  logLevel: 'warning',
};

/** @type {Array<{ name: string } & import('esbuild').BuildOptions>} */
const bundles = [
  {
    name: 'core',
    entryPoints: ['packages/core/src/index.ts'],
    outfile: 'packages/core/dist/index.js',
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // A library: its dependencies are installed beside it, not copied into it.
    packages: 'external',
    sourcemap: true,
  },
  {
    name: 'core/testing',
    entryPoints: ['packages/core/src/testing/index.ts'],
    outfile: 'packages/core/dist/testing.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
  },
  {
    name: 'cli',
    entryPoints: ['packages/cli/src/reelkit.ts'],
    outfile: 'packages/cli/dist/reelkit.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild keeps the entry's `#!/usr/bin/env node` line first, above this banner.
    banner: { js: nodeRequireBanner },
    sourcemap: true,
  },
  {
    name: 'fountain-vscode (node)',
    entryPoints: ['packages/fountain-vscode/src/extension.ts'],
    outfile: 'packages/fountain-vscode/dist/extension.js',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    minify: true,
    sourcemap: true,
  },
  {
    name: 'fountain-vscode (web)',
    entryPoints: ['packages/fountain-vscode/src/extension.ts'],
    outfile: 'packages/fountain-vscode/dist/web/extension.js',
    // VS Code's web worker extension host loads CommonJS too.
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    minify: true,
    sourcemap: true,
  },
  {
    name: 'obsidian-story',
    entryPoints: ['packages/obsidian-story/src/main.ts'],
    outfile: 'packages/obsidian-story/dist/main.js',
    format: 'cjs',
    // Desktop and mobile: no Node, so a Node built-in import fails the build.
    platform: 'browser',
    target: 'es2020',
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
    minify: true,
  },
  {
    name: 'premiere-plugin',
    entryPoints: ['packages/premiere-plugin/src/index.ts'],
    outfile: 'packages/premiere-plugin/dist/index.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: ['premierepro', 'uxp'],
    minify: true,
  },
];

const failures = [];
const sizes = [];

await Promise.all(
  bundles.map(async ({ name, ...options }) => {
    try {
      await esbuild.build({ ...common, ...options });
      sizes.push({ name, outfile: options.outfile, bytes: (await stat(`${root}${options.outfile}`)).size });
    } catch {
      // esbuild has already printed the errors (logLevel 'warning').
      failures.push(`bundle ${name}`);
    }
  }),
);

if (sizes.some((size) => size.name === 'cli')) await chmod(`${root}packages/cli/dist/reelkit.js`, 0o755);

const nameWidth = Math.max(...bundles.map((bundle) => bundle.name.length));
const fileWidth = Math.max(...bundles.map((bundle) => bundle.outfile.length));
for (const { name, outfile } of bundles) {
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
