import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const coreSource = (path: string): string => fileURLToPath(new URL(`../../packages/core/src/${path}`, import.meta.url));

// Its own config so the root `npm test` never needs the servers; run it through run.mjs, which starts them.
export default defineConfig({
  root: repositoryRoot,
  resolve: {
    // Against the sources, not a stale build, exactly as the root config does.
    alias: [
      { find: /^@reelkit\/core\/(.+)$/, replacement: coreSource('$1/index.ts') },
      { find: /^@reelkit\/core$/, replacement: coreSource('index.ts') },
    ],
  },
  test: {
    include: ['tests/contract/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    // One server at a time: a 2-core machine also runs llama-server.
    maxWorkers: 1,
  },
});
