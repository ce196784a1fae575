// Fiction-aware language lint vs retext-equality (what `alex` runs) on Big Fish and on the labelled line set.
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { createLanguageLinter } from '../packages/core/src/language/index.js';
import { heldOutLines, labelledLines, type LabelledLine } from '../packages/core/src/language/__fixtures__/labelled-lines.js';
import { parseFountain, updateScreenplay } from '../packages/core/src/screenplay/index.js';
import { bigFish } from './big-fish.js';
import { sampleMsAsync } from './sample-ms.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';

/** Precision and recall of a line classifier on a labelled set. */
async function score(lines: readonly LabelledLine[], isFlagged: (text: string) => boolean | Promise<boolean>): Promise<{ precision: number; recall: number }> {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const line of lines) {
    const flagged = await isFlagged(line.text);
    if (flagged && line.flagged) truePositives += 1;
    else if (flagged) falsePositives += 1;
    else if (line.flagged) falseNegatives += 1;
  }
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return { precision: round(truePositives / Math.max(1, truePositives + falsePositives)), recall: round(truePositives / Math.max(1, truePositives + falseNegatives)) };
}

/**
 * `lint.bigfish` (parse + lint, a fresh linter each run), `lint.precision`/`lint.recall` on the whole labelled set and
 * `lint.heldout.precision`/`lint.heldout.recall` on its held-out part (lines no rule was tuned on), each against
 * retext-equality, and `lint.incremental.keystroke` (re-lint after a one-character edit) against a full lint.
 */
export default async function (): Promise<BenchResult[]> {
  const processor = retext().use(retextEnglish).use(retextEquality);
  const oursRun = (): number => createLanguageLinter().lint(parseFountain(bigFish)).length;
  const theirsRun = async (): Promise<number> => (await processor.process(bigFish)).messages.length;
  const ours = median(await sampleMsAsync(oursRun, 5, 30));
  const theirs = median(await sampleMsAsync(theirsRun, 1, 5));
  const oursFindings = oursRun();
  const theirsMessages = await theirsRun();

  // An editor's keystroke in one scene: only that scene is linted again, the rest comes from the cache. The edit and
  // the screenplay model it invalidates are the parser's cost (its own bench), so only the lint is timed.
  const editing = createLanguageLinter();
  let screenplay = parseFountain(bigFish);
  editing.lint(screenplay);
  const middle = bigFish.indexOf('\n', bigFish.length >> 1) + 1;
  const keystrokeTimes: number[] = [];
  for (let typed = 0; typed < 120; typed += 1) {
    screenplay = updateScreenplay(screenplay, { offset: middle + typed, length: 0, text: 'x' });
    void screenplay.scenes;
    const started = performance.now();
    editing.lint(screenplay);
    if (typed >= 20) keystrokeTimes.push(performance.now() - started);
  }
  const incremental = median(keystrokeTimes);
  const fullLint = median(await sampleMsAsync(() => createLanguageLinter().lint(screenplay).length, 5, 30));

  const linter = createLanguageLinter();
  const oursFlags = (text: string): boolean => linter.lint(parseFountain(`INT. ROOM - DAY\n\n${text}\n`)).length > 0;
  const theirsFlags = async (text: string): Promise<boolean> => (await processor.process(text)).messages.length > 0;
  const oursScore = await score(labelledLines, oursFlags);
  const theirsScore = await score(labelledLines, theirsFlags);
  const oursHeldOut = await score(heldOutLines, oursFlags);
  const theirsHeldOut = await score(heldOutLines, theirsFlags);
  const anchor = 'retext-equality 7 (retext-english), same run';
  return [
    createBenchResult({ id: 'lint.bigfish', value: ours, unit: 'ms', anchor, anchorValue: theirs, better: 'lower', target: '<= 5% of anchor' }),
    createBenchResult({ id: 'lint.incremental.keystroke', value: incremental, unit: 'ms', anchor: 'full lint of the parsed script (ours, no cache)', anchorValue: fullLint, better: 'lower' }),
    createBenchResult({ id: 'lint.bigfish.findings', value: oursFindings, unit: 'findings', anchor, anchorValue: theirsMessages, better: 'lower' }),
    createBenchResult({ id: 'lint.precision', value: oursScore.precision, unit: 'ratio', anchor, anchorValue: theirsScore.precision, better: 'higher', target: '>= 0.9' }),
    createBenchResult({ id: 'lint.recall', value: oursScore.recall, unit: 'ratio', anchor, anchorValue: theirsScore.recall, better: 'higher', target: '>= 0.85' }),
    createBenchResult({ id: 'lint.heldout.precision', value: oursHeldOut.precision, unit: 'ratio', anchor, anchorValue: theirsHeldOut.precision, better: 'higher', target: '>= 0.9' }),
    createBenchResult({ id: 'lint.heldout.recall', value: oursHeldOut.recall, unit: 'ratio', anchor, anchorValue: theirsHeldOut.recall, better: 'higher', target: '>= 0.85' }),
  ];
}
