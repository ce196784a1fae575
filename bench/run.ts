// Runs every `bench/*.bench.ts`, prints a table and writes `bench/results.json`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult, BenchSuite } from './bench-result.js';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);

const files = (await readdir(benchDir))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((filter) => name.includes(filter)))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(`${benchDir}${file}`).href)) as { default: BenchSuite };
  process.stderr.write(`running ${file}\n`);
  results.push(...(await suite.default()));
}

const format = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'n/a');
console.table(
  results.map((row) => ({
    id: row.id,
    value: `${format(row.value)} ${row.unit}`,
    anchor: row.anchor,
    'anchor value': `${format(row.anchorValue)} ${row.unit}`,
    ratio: format(row.ratio),
    better: row.better,
    target: row.target ?? '',
  })),
);
// A filtered run (`npm run bench -- lint`) updates its own rows and keeps the others from the last full run.
const resultsFile = new URL('results.json', import.meta.url);
const previous: BenchResult[] = only.length === 0 ? [] : await readFile(resultsFile, 'utf8').then((text) => JSON.parse(text) as BenchResult[], () => []);
const fresh = new Set(results.map((row) => row.id));
const merged = [...previous.filter((row) => !fresh.has(row.id)), ...results].sort((a, b) => a.id.localeCompare(b.id));
await writeFile(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);
console.log(`wrote bench/results.json (${results.length} measured${merged.length > results.length ? `, ${merged.length - results.length} kept from earlier runs` : ''})`);
