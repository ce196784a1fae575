// Obsidian's own review rules (eslint-plugin-obsidianmd, recommended), run from this folder because some of its
// rules read `manifest.json` and `LICENSE` from the working directory. The repository's shared rules (host
// boundaries, TypeScript) run from the root config; this file adds only Obsidian's.
import obsidianmd from 'eslint-plugin-obsidianmd';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Tests and fixtures run in Node under vitest and never ship to Obsidian.
  globalIgnores(['dist/**', 'node_modules/**', 'eslint.config.js', 'src/**/*.test.ts', 'src/**/__fixtures__/**']),
  ...obsidianmd.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
  },
);
