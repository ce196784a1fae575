// Builds one of `npm run build`'s bundles in memory, with exactly its options, for the size benches.
import * as esbuild from 'esbuild';
import { bundles, common } from '../scripts/bundles.mjs';

/** A bundle's minified size and the packages that weigh most in it. */
export interface BundleSize {
  readonly kilobytes: number;
  /** E.g. `openai 146.5 KB, packages/core/src 62.2 KB`, so a regression names its cause. */
  readonly largestInputs: string;
}

const packageOf = (path: string): string => {
  const parts = path.split('node_modules/');
  const last = parts[parts.length - 1] ?? path;
  if (parts.length === 1) return path.split('/').slice(0, 3).join('/');
  return last.split('/').slice(0, last.startsWith('@') ? 2 : 1).join('/');
};

/** Builds the named bundle (a name from scripts/bundles.mjs) without writing it. */
export async function buildBundleInMemory(name: string): Promise<BundleSize> {
  const bundle = bundles.find((candidate) => candidate.name === name);
  if (bundle === undefined) throw new Error(`No bundle named ${name} in scripts/bundles.mjs`);
  const { name: _name, ...options } = bundle;
  const result = await esbuild.build({ ...common, ...options, sourcemap: false, write: false, metafile: true, logLevel: 'error' });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (output === undefined) throw new Error(`esbuild produced no JavaScript for ${name}`);
  const byPackage = new Map<string, number>();
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(meta.inputs)) byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + input.bytesInOutput);
  }
  const largestInputs = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`).join(', ');
  return { kilobytes: Math.round((output.contents.byteLength / 1024) * 10) / 10, largestInputs };
}
