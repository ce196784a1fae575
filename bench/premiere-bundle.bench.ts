// premiere.bundle: minified size of the Premiere panel's bundle, built in memory exactly as `npm run build` does.
// Anchor: the 300 KB target.
import { createBenchResult, type BenchResult } from './bench-result.js';
import { buildBundleInMemory } from './build-bundle-in-memory.js';

export default async function premiereBundle(): Promise<BenchResult[]> {
  const { kilobytes, largestInputs } = await buildBundleInMemory('premiere-plugin');
  process.stderr.write(`premiere.bundle largest inputs: ${largestInputs}\n`);
  return [createBenchResult({ id: 'premiere.bundle', value: kilobytes, unit: 'KB', anchor: 'target (minified bundle)', anchorValue: 300, better: 'lower', target: '<= 300 KB minified' })];
}
