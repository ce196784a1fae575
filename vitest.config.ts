import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const coreSource = (path: string): string => fileURLToPath(new URL(`packages/core/src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, not a stale build.
    alias: [
      // Each subpath is a folder's index (packages/core/package.json lists them).
      { find: /^@reelkit\/core\/(.+)$/, replacement: coreSource('$1/index.ts') },
      { find: /^@reelkit\/core$/, replacement: coreSource('index.ts') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 20_000,
    // The 2-core CI machine: keep workers few so timing-sensitive fault tests stay honest.
    maxWorkers: 2,
  },
});
