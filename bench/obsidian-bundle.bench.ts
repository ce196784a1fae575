// obsidian.bundle: minified size of the Obsidian plugin's main.js, built in memory exactly as `npm run build` does.
// Anchor: the 300 KB target.
import { createBenchResult, type BenchResult } from './bench-result.js';
import { buildBundleInMemory } from './build-bundle-in-memory.js';

export default async function obsidianBundleBench(): Promise<BenchResult[]> {
  const { kilobytes, largestInputs } = await buildBundleInMemory('obsidian-story');
  process.stderr.write(`obsidian.bundle largest inputs: ${largestInputs}\n`);
  return [createBenchResult({ id: 'obsidian.bundle', value: kilobytes, unit: 'KB', anchor: 'target (minified main.js)', anchorValue: 300, better: 'lower', target: '<= 300 KB' })];
}
