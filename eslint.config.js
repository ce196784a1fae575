// ESLint flat config. Besides typescript-eslint's recommended rules (not type-checked, to stay fast) it enforces the
// boundaries of DESIGN.md: the core imports no Node or host API and never touches `process`; each adapter imports its
// host API only from `src/host/` and its entry file. `scripts/check-lint-boundary.mjs` proves these rules fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeMessage = 'The core runs in browsers, web workers, Obsidian mobile and UXP: use a WHATWG API or the injected Runtime.';
const hostModules = ['vscode', 'obsidian', 'premierepro', 'uxp', 'electron', '@adobe/premierepro', '@adobe/cc-ext-uxp-types'];
const hostMessage = 'The core never imports a host API; the adapter injects what the core needs.';

/** Import rules as data: exact module names plus regular expressions over the module specifier. */
const nodeApis = {
  paths: nodeBuiltins.map((name) => ({ name, message: nodeMessage })),
  patterns: [{ regex: '^node:', message: nodeMessage }],
};
const allHostApis = {
  paths: hostModules.map((name) => ({ name, message: hostMessage })),
  patterns: [{ regex: '^(@codemirror|@lezer|electron)/', message: hostMessage }],
};

/** The `no-restricted-imports` rule for a set of groups; flat config replaces a rule's options, so compose here. */
function restrictImports(...groups) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { paths: groups.flatMap((group) => group.paths ?? []), patterns: groups.flatMap((group) => group.patterns ?? []) },
    ],
  };
}

/** `import('fs')` and `import('fs').Stats` slip past no-restricted-imports; these selectors catch them. */
function restrictDynamicImports(moduleNames, message) {
  const specifier = `/^(node:|(${moduleNames.map(escapeRegex).join('|')})($|\\u002F))/`;
  return [
    { selector: `ImportExpression[source.value=${specifier}]`, message },
    { selector: `TSImportType[argument.literal.value=${specifier}]`, message },
  ];
}

const processMessage = 'The core never reads process (or process.env): configuration and secrets are passed in by the host.';
const nodeGlobals = [
  { name: 'process', message: processMessage },
  { name: 'Buffer', message: 'Use Uint8Array, TextEncoder and TextDecoder: Buffer exists only in Node.' },
  { name: 'require', message: 'No require(): the core is ESM and host-agnostic.' },
  { name: 'module', message: 'The core is ESM and host-agnostic.' },
  { name: '__dirname', message: 'The core has no file system; take paths and contents as parameters.' },
  { name: '__filename', message: 'The core has no file system; take paths and contents as parameters.' },
  { name: 'global', message: 'Use globalThis.' },
  { name: 'setImmediate', message: 'Use setTimeout or queueMicrotask: setImmediate exists only in Node.' },
];

/** Rules for one adapter: its host modules only in `src/host/` and the entry; no Node API outside tests. */
function hostPackage({ dir, entry, modules, patterns = [] }) {
  const message = `Only ${dir}/src/host/ and ${dir}/${entry} import the host API; features take host services as parameters.`;
  const hostApi = {
    paths: modules.map((name) => ({ name, message })),
    patterns: patterns.map((regex) => ({ regex, message })),
  };
  const tests = [`${dir}/src/**/*.test.ts`, `${dir}/src/**/__fixtures__/**`];
  return [
    { files: [`${dir}/src/**/*.ts`], ignores: tests, rules: restrictImports(nodeApis, hostApi) },
    { files: [`${dir}/src/host/**/*.ts`, `${dir}/${entry}`], ignores: tests, rules: restrictImports(nodeApis) },
  ];
}

const nodeScriptGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'fetch', 'AbortController', 'TextEncoder', 'TextDecoder'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  globalIgnores(['**/dist/**', '**/node_modules/**', '.vscode-test-web/**', 'coverage/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Build scripts and config files run in Node.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeScriptGlobals },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    // `@reelkit/core/testing` is a Node-only subpath, and tests run in Node.
    ignores: ['packages/core/src/testing/**', 'packages/core/src/**/*.test.ts', 'packages/core/src/**/__fixtures__/**'],
    rules: {
      ...restrictImports(nodeApis, allHostApis),
      'no-restricted-globals': ['error', ...nodeGlobals],
      'no-restricted-properties': [
        'error',
        ...['process', 'Buffer', 'require'].map((property) => ({ object: 'globalThis', property, message: processMessage })),
      ],
      'no-restricted-syntax': ['error', ...restrictDynamicImports([...nodeBuiltins, ...hostModules], nodeMessage)],
    },
  },
  ...hostPackage({ dir: 'packages/fountain-vscode', entry: 'src/extension.ts', modules: ['vscode'] }),
  ...hostPackage({
    dir: 'packages/obsidian-story',
    entry: 'src/main.ts',
    modules: ['obsidian', 'electron'],
    patterns: ['^(@codemirror|@lezer|electron)/'],
  }),
  ...hostPackage({
    dir: 'packages/premiere-plugin',
    entry: 'src/index.ts',
    modules: ['premierepro', 'uxp', '@adobe/premierepro', '@adobe/cc-ext-uxp-types'],
  }),
);
