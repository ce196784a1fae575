// premiere.bundle: minified size of the Premiere panel's bundle (what UXP loads with the panel), built in memory
// exactly as `npm run build` does; anchor: the 300 KB target. The provider SDKs and the C2PA signer ship as
// separate files the panel loads when needed; their sizes are reported beside it, so nothing is hidden.
import { createBenchResult, type BenchResult } from './bench-result.js';
import { buildBundleInMemory } from './build-bundle-in-memory.js';

export default async function premiereBundle(): Promise<BenchResult[]> {
  const panel = await buildBundleInMemory('premiere-plugin');
  const providers = await buildBundleInMemory('premiere-plugin (providers)');
  const signing = await buildBundleInMemory('premiere-plugin (signing)');
  process.stderr.write(`premiere.bundle largest inputs: ${panel.largestInputs}\n`);
  const row = (id: string, kilobytes: number, anchor: string, target?: string): BenchResult =>
    createBenchResult({ id, value: kilobytes, unit: 'KB', anchor, anchorValue: 300, better: 'lower', ...(target === undefined ? {} : { target }) });
  return [
    row('premiere.bundle', panel.kilobytes, 'target (minified panel bundle)', '<= 300 KB minified'),
    row('premiere.bundle.providers', providers.kilobytes, 'panel target, for scale (loaded after the panel draws)'),
    row('premiere.bundle.signing', signing.kilobytes, 'panel target, for scale (loaded on the first C2PA signature)'),
  ];
}
