// Packages packages/fountain-vscode into dist/reelkit-fountain.vsix with @vscode/vsce. The bundles contain every
// dependency, so `--no-dependencies`; .vscodeignore keeps the rest out. Needs `npm run build` at the repo root.
// Prints the package's size and fails above the 1 MB budget.
import { spawnSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const extension = resolve(here, '../../packages/fountain-vscode');
const out = join(here, 'dist/reelkit-fountain.vsix');
const budgetBytes = 1024 * 1024;

await mkdir(dirname(out), { recursive: true });
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: extension, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

const { size } = await stat(out);
console.log(`vsix: ${out} ${(size / 1024).toFixed(1)} KB (budget ${budgetBytes / 1024} KB)`);
if (size > budgetBytes) process.exit(1);
