// The FDX converter must run where there is no Node and no DOM: VS Code's web worker, Obsidian mobile, Adobe UXP.
// Bundles the public subpath as a browser bundle and runs it in a bare ECMAScript context: no `require`, `process`,
// `Buffer`, `DOMParser` or `document`, so a dependency reaching for any of them fails here.
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from '../../../../scripts/bundles.mjs';

const entry = [
  "import { readFdx, writeFdx } from '@reelkit/core/fdx';",
  "import { parseFountain } from '@reelkit/core/screenplay';",
  'globalThis.result = readFdx(writeFdx(parseFountain(globalThis.script)).fdx);',
].join('\n');

describe('the FDX converter in a bare JavaScript context', () => {
  it('bundles for the browser without Node built-ins and round-trips a script', async () => {
    const built = await esbuild.build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      absWorkingDir: root,
      bundle: true,
      conditions: ['source'],
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/\brequire\(["']|node:/);
    const sandbox: Record<string, unknown> = { script: 'INT. DOCK - NIGHT #3#\n\nFog *rolls* in.\n\nMARA\nNow.\n\nJON ^\nNever.\n' };
    sandbox['globalThis'] = sandbox;
    runInContext(code, createContext(sandbox));
    expect(sandbox['result']).toEqual({ fountain: 'INT. DOCK - NIGHT #3#\n\nFog *rolls* in.\n\nMARA\nNow.\n\nJON ^\nNever.\n', warnings: [] });
  });
});
