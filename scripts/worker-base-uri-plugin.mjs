// @cfworker/json-schema computes a base URI at load time from `self.location.origin + self.location.pathname`. In a
// worker started from a blob: URL (VS Code's web extension host) the pathname is itself a URL, so `new URL(...)`
// throws and the whole extension fails to activate. This esbuild plugin makes it use the base it uses outside
// browsers, and fails the build if the library's code changes so the rewrite no longer applies.
import { readFile } from 'node:fs/promises';

const dereferencePath = /[\\/]@cfworker[\\/]json-schema[\\/]dist[\\/](?:esm|commonjs)[\\/]dereference\.js$/;
const pageBase = 'new URL(self.location.origin + self.location.pathname + location.search)';
const fixedBase = "new URL('https://github.com/cfworker')";

/** Rewrites the load-time base URI of @cfworker/json-schema. */
export function rewriteWorkerBaseUri(source) {
  if (!source.includes(pageBase)) throw new Error('@cfworker/json-schema dereference.js changed; update scripts/worker-base-uri-plugin.mjs');
  return source.replace(pageBase, fixedBase);
}

/** The esbuild plugin. */
export const workerBaseUriPlugin = {
  name: 'worker-base-uri',
  setup(build) {
    build.onLoad({ filter: dereferencePath }, async (args) => ({ contents: rewriteWorkerBaseUri(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};
