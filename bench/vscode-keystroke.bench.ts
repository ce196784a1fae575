// vscode.keystroke.bigfish: what the extension does per keystroke on Big Fish, minus VS Code's IPC — apply the
// change event to the document model, then build what the host hands to VS Code from it (outline symbols,
// folding regions, diagnostics data). Anchor, same run: a full re-parse plus the same outline (betterfountain's way).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { DocumentModel } from '../packages/fountain-vscode/src/document-model.js';
import { bigFish } from './big-fish.js';
import { createBenchResult, median, type BenchResult } from './bench-result.js';

type KeystrokePath = typeof import('../packages/fountain-vscode/src/document-model.js') &
  typeof import('../packages/fountain-vscode/src/folding-regions.js') &
  typeof import('../packages/fountain-vscode/src/outline.js') &
  typeof import('../packages/fountain-vscode/src/script-problems.js') & { parseFountain: typeof import('../packages/core/src/index.js').parseFountain };

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The extension's modules import `@reelkit/core`, which plain tsx resolves to the core's build; bundling them the
 * way `npm run build` does (`source` condition) measures the code that ships, parser included.
 */
async function loadKeystrokePath(): Promise<KeystrokePath> {
  const modules = ['document-model', 'folding-regions', 'outline', 'script-problems'];
  const contents = [...modules.map((name) => `export * from './packages/fountain-vscode/src/${name}.ts';`), "export { parseFountain } from '@reelkit/core';"].join('\n');
  const result = await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, absWorkingDir: root, bundle: true, write: false, format: 'esm', platform: 'node', conditions: ['source'], logLevel: 'error' });
  const folder = await mkdtemp(join(tmpdir(), 'reelkit-bench-'));
  try {
    const file = join(folder, 'keystroke-path.mjs');
    await writeFile(file, result.outputFiles[0]?.text ?? '');
    return (await import(pathToFileURL(file).href)) as KeystrokePath;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
const warmup = 300;
const samples = 2000;

export default async function vscodeKeystroke(): Promise<BenchResult[]> {
  const { buildFoldingRegions, buildOutline, createDocumentModel, findScriptProblems, parseFountain, updateDocumentModel } = await loadKeystrokePath();
  // Type into lines spread over the script (second character of dialogue and action), one character at a time,
  // deleting it again on the next keystroke so the script stays Big Fish.
  const targets = parseFountain(bigFish)
    .elements.filter((element) => element.kind === 'dialogue' || element.kind === 'action')
    .filter((_, index, all) => index % Math.floor(all.length / 40) === 0)
    .map((element) => element.range.start.offset + 1);
  let text = bigFish;
  let model: DocumentModel = createDocumentModel(text, 1);
  let step = 0;
  let sink = 0;

  const nextEdit = (): { offset: number; length: number; insert: string } => {
    const offset = targets[(step >> 1) % targets.length] as number;
    return step % 2 === 0 ? { offset, length: 0, insert: 'e' } : { offset, length: 1, insert: '' };
  };
  const ours = (): number => {
    const edit = nextEdit();
    text = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.length);
    const after = { version: model.version + 1, length: text.length, readText: () => text };
    const started = performance.now();
    model = updateDocumentModel(model, [{ rangeOffset: edit.offset, rangeLength: edit.length, text: edit.insert }], after);
    const outline = buildOutline(model.screenplay);
    sink += outline.length + buildFoldingRegions(model.screenplay, outline).length + findScriptProblems(model.screenplay).length;
    const elapsed = performance.now() - started;
    if (model.reparsed) throw new Error('the keystroke bench fell back to a full parse');
    step += 1;
    return elapsed;
  };
  const fullParse = (): number => {
    const started = performance.now();
    sink += buildOutline(parseFountain(text)).length;
    return performance.now() - started;
  };

  const ourTimes: number[] = [];
  const anchorTimes: number[] = [];
  for (let index = 0; index < warmup + samples; index += 1) {
    const ourTime = ours();
    const anchorTime = index % 4 === 0 ? fullParse() : Number.NaN;
    if (index >= warmup) {
      ourTimes.push(ourTime);
      if (!Number.isNaN(anchorTime)) anchorTimes.push(anchorTime);
    }
  }
  if (text !== bigFish || sink === 0) throw new Error('the keystroke bench did not restore the script');

  return [
    createBenchResult({
      id: 'vscode.keystroke.bigfish',
      value: median(ourTimes),
      unit: 'ms',
      anchor: 'full re-parse + outline per keystroke (betterfountain strategy, our parser)',
      anchorValue: median(anchorTimes),
      better: 'lower',
      target: '<= 2 ms median',
    }),
  ];
}
