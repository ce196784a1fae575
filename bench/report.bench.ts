// report.bigfish: the whole screenplay report on Big Fish (parse, cast, representation, Bechdel–Wallace, language
// lint, findings), in-process, median after warm-up; anchor: retext-equality's lint alone on the same text, in the
// same run — what a writer would otherwise run for language only. report.cli.startup: `reelkit --version` as a whole
// process (the CLI bundle's start-up, which a terminal user pays on every report), reported separately.
import { spawnSync } from 'node:child_process';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { createScreenplayReport } from '../packages/core/src/representation/index.js';
import { parseFountain } from '../packages/core/src/screenplay/index.js';
import { bigFish } from './big-fish.js';
import { sampleMsAsync } from './sample-ms.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';

const cli = new URL('../packages/cli/dist/reelkit.js', import.meta.url);


export default async function (): Promise<BenchResult[]> {
  const report = median(await sampleMsAsync(() => createScreenplayReport(parseFountain(bigFish), {}), 3, 15));
  const equality = retext().use(retextEnglish).use(retextEquality);
  const anchor = median(await sampleMsAsync(() => equality.process(bigFish), 1, 5));
  const startup = median(await sampleMsAsync(() => spawnSync(process.execPath, [cli.pathname, '--version']), 1, 7));
  const node = median(await sampleMsAsync(() => spawnSync(process.execPath, ['-e', '0']), 1, 7));
  return [
    createBenchResult({ id: 'report.bigfish', value: report, unit: 'ms', anchor: 'retext-equality lint alone, same text, same run', anchorValue: anchor, better: 'lower' }),
    createBenchResult({ id: 'report.cli.startup', value: startup, unit: 'ms', anchor: 'node -e 0 (bare Node start), same run', anchorValue: node, better: 'lower' }),
  ];
}
