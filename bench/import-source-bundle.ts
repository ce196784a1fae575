// Imports TypeScript modules the way `npm run build` bundles them (esbuild, `source` condition), so a bench of code
// that imports `@reelkit/core/...` measures the sources, not a stale build of the core.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `contents` (an ES module whose imports are relative to the repository root) and imports the bundle. */
export async function importSourceBundle<Module>(contents: string): Promise<Module> {
  const result = await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, absWorkingDir: root, bundle: true, write: false, format: 'esm', platform: 'node', conditions: ['source'], logLevel: 'error' });
  const folder = await mkdtemp(join(tmpdir(), 'reelkit-bench-'));
  try {
    const file = join(folder, 'bundle.mjs');
    await writeFile(file, result.outputFiles[0]?.text ?? '');
    return (await import(pathToFileURL(file).href)) as Module;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
