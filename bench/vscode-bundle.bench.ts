// vscode.bundle.node / vscode.bundle.web: minified size of the extension's two bundles, built in memory exactly as
// `npm run build` does. Anchor: the 400 KB target (betterfountain ships 8 MB).
import { createBenchResult, type BenchResult } from './bench-result.js';
import { buildBundleInMemory } from './build-bundle-in-memory.js';

export default async function vscodeBundle(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  for (const [id, name] of [['vscode.bundle.node', 'fountain-vscode (node)'], ['vscode.bundle.web', 'fountain-vscode (web)']] as const) {
    const { kilobytes } = await buildBundleInMemory(name);
    rows.push(createBenchResult({ id, value: kilobytes, unit: 'KB', anchor: 'target (minified bundle)', anchorValue: 400, better: 'lower', target: '<= 400 KB minified' }));
  }
  return rows;
}
