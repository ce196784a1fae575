import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const coreSource = (path: string): string => fileURLToPath(new URL(`../../packages/core/src/${path}`, import.meta.url));

// Its own config so the root `npm test` never loads the native c2pa-node reader (root includes only packages and examples).
export default defineConfig({
  root: repositoryRoot,
  resolve: {
    // Signs with the sources, not a stale build, exactly as the root config does.
    alias: [
      { find: /^@reelkit\/core\/testing$/, replacement: coreSource('testing/index.ts') },
      { find: /^@reelkit\/core$/, replacement: coreSource('index.ts') },
    ],
  },
  test: {
    include: ['tests/c2pa/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 20_000,
    maxWorkers: 2,
  },
});
