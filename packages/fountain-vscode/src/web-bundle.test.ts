// The web bundle must load in VS Code's web extension host, a worker started from a blob: URL, where
// @cfworker/json-schema's load-time `new URL(location…)` would throw and stop the extension activating. Builds the
// core's schema code with the web bundle's exact options and loads it with such a `self.location`.
import { createContext, runInContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles, common, root } from '../../../scripts/bundles.mjs';

const loadInBlobWorker = async (withPlugins: boolean): Promise<unknown> => {
  const bundle = bundles.find((candidate) => candidate.name === 'fountain-vscode (web)');
  if (bundle === undefined) throw new Error('no web bundle in scripts/bundles.mjs');
  const { name: _name, entryPoints: _entry, outfile: _outfile, plugins, ...options } = bundle;
  const result = await esbuild.build({
    ...common,
    ...options,
    ...(withPlugins && plugins !== undefined ? { plugins } : {}),
    stdin: { contents: "import { createObjectSchema } from '@reelkit/core'; module.exports.schema = createObjectSchema('probe', { type: 'object' });", resolveDir: root, loader: 'ts' },
    sourcemap: false,
    logLevel: 'silent',
    write: false,
  });
  const module = { exports: {} as Record<string, unknown> };
  const sandbox: Record<string, unknown> = { module, exports: module.exports, location: new URL('blob:http://vscode.localhost:3000/0f9d3c1e-2b4a'), URL, TextEncoder, TextDecoder };
  sandbox['self'] = sandbox;
  sandbox['globalThis'] = sandbox;
  runInContext(result.outputFiles?.[0]?.text ?? '', createContext(sandbox));
  return module.exports['schema'];
};

describe('the web extension bundle', () => {
  it('loads the core’s schema validator in a worker whose location is a blob: URL', async () => {
    expect(await loadInBlobWorker(true)).toMatchObject({ name: 'probe' });
  });

  it('would not without the build plugin (so the test above can fail)', async () => {
    await expect(loadInBlobWorker(false)).rejects.toThrow('Invalid URL');
  });
});
