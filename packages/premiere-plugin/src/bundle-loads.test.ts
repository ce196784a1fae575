import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mainPanelId } from './panel-ids.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the panel bundle', () => {
  it('loads where TextEncoder, TextDecoder and TransformStream are missing, and registers the panel', async () => {
    // Built with the options of scripts/build.mjs, in memory.
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['packages/premiere-plugin/src/index.ts'],
      bundle: true,
      conditions: ['source'],
      format: 'cjs',
      platform: 'browser',
      target: 'es2020',
      external: ['premierepro', 'uxp'],
      minify: true,
      write: false,
      outfile: 'index.js',
      logLevel: 'error',
    });
    const code = result.outputFiles[0]?.text ?? '';
    let panels: Record<string, unknown> = {};
    const required: string[] = [];
    const sandbox: Record<string, unknown> = {
      require: (name: string) => {
        required.push(name);
        if (name === 'uxp') return { entrypoints: { setup: (setup: { panels: Record<string, unknown> }) => (panels = setup.panels) }, storage: {} };
        return {};
      },
      module: { exports: {} },
      setTimeout,
      clearTimeout,
      URL,
      AbortController,
      crypto: globalThis.crypto,
    };
    sandbox['globalThis'] = sandbox;
    runInContext(code, createContext(sandbox));
    expect(Object.keys(panels)).toEqual([mainPanelId]);
    expect([...new Set(required)].sort()).toEqual(['premierepro', 'uxp']);
    expect([typeof sandbox['TextEncoder'], typeof sandbox['TextDecoder'], typeof sandbox['TransformStream']]).toEqual(['function', 'function', 'function']);
  });
});
