import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles, common } from '../../../scripts/bundles.mjs';
import { mainPanelId } from './panel-ids.js';

/** One of the plugin's bundles, built in memory exactly as `npm run build` builds it. */
const build = async (name: string): Promise<string> => {
  const bundle = bundles.find((candidate) => candidate.name === name);
  if (bundle === undefined) throw new Error(`no bundle ${name}`);
  const { name: _name, ...options } = bundle;
  const result = await esbuild.build({ ...common, ...options, sourcemap: false, logLevel: 'error', write: false });
  return result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text ?? '';
};

describe('the panel bundles', () => {
  it('load where TextEncoder, TextDecoder and TransformStream are missing: the panel first, then the lazily loaded providers', async () => {
    const [main, providers] = await Promise.all([build('premiere-plugin'), build('premiere-plugin (providers)')]);
    let panels: Record<string, unknown> = {};
    const required: string[] = [];
    const sandbox: Record<string, unknown> = { setTimeout, clearTimeout, URL, AbortController, crypto: globalThis.crypto };
    const context = createContext(sandbox);
    // UXP's loader as the bundles use it: host modules by name, the plugin's own files by relative path.
    const evaluate = (code: string): Record<string, unknown> => {
      const module = { exports: {} as Record<string, unknown> };
      sandbox['module'] = module;
      sandbox['exports'] = module.exports;
      runInContext(code, context);
      return module.exports;
    };
    const files: Record<string, string> = { './providers.js': providers };
    sandbox['require'] = (name: string) => {
      required.push(name);
      if (name === 'uxp') return { entrypoints: { setup: (setup: { panels: Record<string, unknown> }) => (panels = setup.panels) }, storage: {} };
      const file = files[name];
      return file === undefined ? {} : evaluate(file);
    };
    sandbox['globalThis'] = sandbox;
    evaluate(main);
    expect(Object.keys(panels)).toEqual([mainPanelId]);
    expect([...new Set(required)].sort()).toEqual(['premierepro', 'uxp']);
    expect([typeof sandbox['TextEncoder'], typeof sandbox['TextDecoder'], typeof sandbox['TransformStream']]).toEqual(['function', 'function', 'function']);
    // What src/host/load-plugin-modules.ts does on first use.
    expect(typeof (sandbox['require'] as (name: string) => Record<string, unknown>)('./providers.js')['createModels']).toBe('function');
  });

  it('loads the signing file lazily, as a separate module, on a host with TextEncoder', async () => {
    // Checked with the host's own TextEncoder: under the panel's minimal polyfill the minified C2PA code fails to
    // initialise (a known gap, see the README's smoke checklist), and UXP in Premiere 25.6+ provides one.
    const signing = await build('premiere-plugin (signing)');
    const module = { exports: {} as Record<string, unknown> };
    const sandbox: Record<string, unknown> = { setTimeout, clearTimeout, URL, AbortController, TextEncoder, TextDecoder, crypto: globalThis.crypto, module, exports: module.exports, require: () => ({}) };
    sandbox['globalThis'] = sandbox;
    runInContext(signing, createContext(sandbox));
    expect(typeof module.exports['loadMediaSigner']).toBe('function');
  });
});
