// What `npm run build` bundles, with which options: shared with the tests that check bundles (portability, size).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { noLookBehindPlugin } from './no-look-behind-plugin.mjs';
import { workerBaseUriPlugin } from './worker-base-uri-plugin.mjs';

/** What every host bundle that runs in a browser-like engine needs: see each plugin for why. */
const browserHostPlugins = [noLookBehindPlugin, workerBaseUriPlugin];

export const root = fileURLToPath(new URL('..', import.meta.url));

// Node's require for ESM bundles: bundled CommonJS dependencies that require() a Node built-in need a real one.
export const nodeRequireBanner = [
  "import { createRequire as __reelkitCreateRequire } from 'node:module';",
  'const require = __reelkitCreateRequire(import.meta.url);',
].join('\n');

/** `{ 'screenplay': 'packages/core/src/screenplay/index.ts', ... }` from the core's package.json exports. */
function coreEntryPoints() {
  const { exports } = JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8'));
  const entries = {};
  for (const [subpath, conditions] of Object.entries(exports)) {
    if (subpath === './testing') continue;
    entries[subpath === '.' ? 'index' : subpath.slice(2)] = `packages/core/${conditions.source.slice(2)}`;
  }
  return entries;
}

/** Options every bundle shares: `source` resolves `@reelkit/core` to its sources, so no stale build is bundled. */
export const common = {
  absWorkingDir: root,
  bundle: true,
  conditions: ['source'],
  logLevel: 'warning',
};

/** A font file as `{ from: <package>/<path>, to: <path under the repo> }`, copied into the VS Code extension's dist/fonts. */
const vscodeFont = (from) => ({ from, to: `packages/fountain-vscode/dist/fonts/${from.slice(from.lastIndexOf('/') + 1)}` });
const cousineFaces = ['400-normal', '700-normal', '400-italic', '700-italic'];

/**
 * Files `npm run build` copies as they are (`from` resolved as a module, `to` under the repo): the fonts the VS Code
 * extension's PDF export embeds (packages/fountain-vscode/src/pdf/packaged-pdf-fonts.ts lists the same files; its
 * test checks that) and their licences, which the OFL asks to ship with them.
 */
export const copiedFiles = [
  ...['400Regular/CourierPrime_400Regular', '700Bold/CourierPrime_700Bold', '400Regular_Italic/CourierPrime_400Regular_Italic', '700Bold_Italic/CourierPrime_700Bold_Italic'].map(
    (path) => vscodeFont(`@expo-google-fonts/courier-prime/${path}.ttf`),
  ),
  ...['cyrillic', 'greek', 'vietnamese'].flatMap((script) => cousineFaces.map((face) => vscodeFont(`@fontsource/cousine/files/cousine-${script}-${face}.woff`))),
  { from: '@expo-google-fonts/courier-prime/LICENSE_FONT', to: 'packages/fountain-vscode/dist/fonts/CourierPrime-OFL.txt' },
  { from: '@fontsource/cousine/LICENSE', to: 'packages/fountain-vscode/dist/fonts/Cousine-OFL.txt' },
];

/** @type {Array<{ name: string } & import('esbuild').BuildOptions>} */
export const bundles = [
  {
    name: 'core',
    // The index and every subpath export, sharing chunks: an importer of one subpath loads only what it needs.
    entryPoints: coreEntryPoints(),
    outdir: 'packages/core/dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
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
    entryPoints: { reelkit: 'packages/cli/src/reelkit.ts' },
    outdir: 'packages/cli/dist',
    // The PDF export's font engine (fontkit, with brotli) is imported only by `reelkit pdf`: a chunk of its own, so
    // every other command starts without it.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
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
    // Which PDF export to load (src/host/load-pdf-exporter.ts): the other host's branch is dropped.
    define: { REELKIT_EXTENSION_HOST: '"node"' },
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
    define: { REELKIT_EXTENSION_HOST: '"web"' },
    minify: true,
    sourcemap: true,
    plugins: browserHostPlugins,
  },
  {
    name: 'fountain-vscode (pdf export)',
    // The PDF export both extension bundles load only when Export PDF runs (src/host/load-pdf-exporter.ts). One
    // file for both hosts: a classic script (iife), which VS Code for the web starts as a worker (its worker host
    // loads scripts with importScripts), and which the node host require()s through the footer's module.exports.
    entryPoints: ['packages/fountain-vscode/src/pdf/pdf-export-entry.ts'],
    outfile: 'packages/fountain-vscode/dist/pdf-export.js',
    format: 'iife',
    globalName: 'reelkitPdfExport',
    footer: { js: "if (typeof module === 'object') module.exports = reelkitPdfExport;" },
    // fontkit's browser build in both: no Node built-ins, and brotli's compact dictionary (its Node build is 390 KB more).
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    plugins: browserHostPlugins,
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
    plugins: browserHostPlugins,
  },
  {
    name: 'premiere-plugin',
    entryPoints: ['packages/premiere-plugin/src/index.ts'],
    outfile: 'packages/premiere-plugin/dist/index.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    // The C2PA signer and the provider SDKs ship as their own files, loaded when needed (src/host/load-plugin-modules.ts).
    external: ['premierepro', 'uxp', './signing.js', './providers.js'],
    minify: true,
    plugins: browserHostPlugins,
  },
  {
    name: 'premiere-plugin (providers)',
    entryPoints: ['packages/premiere-plugin/src/providers.ts'],
    outfile: 'packages/premiere-plugin/dist/providers.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: ['premierepro', 'uxp'],
    minify: true,
    plugins: browserHostPlugins,
  },
  {
    name: 'premiere-plugin (signing)',
    entryPoints: ['packages/premiere-plugin/src/signing.ts'],
    outfile: 'packages/premiere-plugin/dist/signing.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2020',
    external: ['premierepro', 'uxp'],
    minify: true,
    plugins: browserHostPlugins,
  },
];
