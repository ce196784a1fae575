// Proves the boundary rules of eslint.config.js fire: lints in-memory snippets as if they lived at given paths and
// compares the rules that fail with the expected ones. Part of `npm run lint`; exits 1 on any mismatch.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

const nodeAndEnv = "import fs from 'node:fs';\nexport const home = process.env.HOME ?? fs.constants.F_OK;\n";
const restrictedImport = '@typescript-eslint/no-restricted-imports';
const reexport = (specifier) => `import * as api from '${specifier}';\nexport { api };\n`;

/** Each case: a file path, its code, and the boundary rule failures expected (rule id per error, in order). */
const cases = [
  {
    path: 'packages/core/src/models/x.ts',
    code: nodeAndEnv,
    expected: [restrictedImport, 'no-restricted-globals'],
  },
  {
    path: 'packages/core/src/models/x.ts',
    code: [
      "import { join } from 'path';",
      "import type { Uri } from 'vscode';",
      "import { Plugin } from 'obsidian';",
      "import { EditorView } from '@codemirror/view';",
      "export const crypto = await import('node:crypto');",
      "export type Stats = import('fs').Stats;",
      'export const env = globalThis.process;',
      "export const fs = require('fs');",
      'export const all = [join, Plugin, EditorView] as const satisfies unknown;',
      'export type U = Uri;',
    ].join('\n'),
    expected: [
      restrictedImport,
      restrictedImport,
      restrictedImport,
      restrictedImport,
      'no-restricted-syntax',
      'no-restricted-syntax',
      'no-restricted-properties',
      'no-restricted-globals',
      '@typescript-eslint/no-require-imports',
    ],
  },
  { path: 'packages/core/src/testing/x.ts', code: nodeAndEnv, expected: [] },
  { path: 'packages/core/src/models/x.test.ts', code: nodeAndEnv, expected: [] },
  {
    path: 'packages/core/src/models/x.ts',
    code: "import { ReelkitError } from '../errors/index.js';\nexport const url = new URL('https://example.com');\nexport { ReelkitError };\n",
    expected: [],
  },
  { path: 'packages/fountain-vscode/src/features/x.ts', code: reexport('vscode'), expected: [restrictedImport] },
  { path: 'packages/fountain-vscode/src/host/x.ts', code: reexport('vscode'), expected: [] },
  { path: 'packages/fountain-vscode/src/extension.ts', code: reexport('vscode'), expected: [] },
  { path: 'packages/fountain-vscode/src/host/x.ts', code: reexport('node:fs/promises'), expected: [restrictedImport] },
  { path: 'packages/fountain-vscode/src/features/x.test.ts', code: reexport('node:fs/promises'), expected: [] },
  { path: 'packages/obsidian-story/src/story/x.ts', code: reexport('obsidian'), expected: [restrictedImport] },
  { path: 'packages/obsidian-story/src/story/x.ts', code: reexport('@codemirror/view'), expected: [restrictedImport] },
  { path: 'packages/obsidian-story/src/host/x.ts', code: reexport('obsidian'), expected: [] },
  { path: 'packages/premiere-plugin/src/captions/x.ts', code: reexport('uxp'), expected: [restrictedImport] },
  { path: 'packages/premiere-plugin/src/host/x.ts', code: reexport('premierepro'), expected: [] },
];

let failed = 0;
for (const { path, code, expected } of cases) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  const fatal = result.messages.filter((message) => message.fatal || message.ruleId === null);
  const actual = result.messages
    .filter((message) => message.severity === 2 && message.ruleId !== null)
    .map((message) => message.ruleId);
  const ok = fatal.length === 0 && JSON.stringify(actual) === JSON.stringify(expected);
  if (!ok) {
    failed += 1;
    console.error(`lint boundary: ${path}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(actual)}`);
    for (const { line, column, ruleId, message } of result.messages) {
      console.error(`    ${line}:${column} ${ruleId ?? 'fatal'}: ${message}`);
    }
  }
}

if (failed > 0) {
  console.error(`lint boundary: ${failed} of ${cases.length} cases failed`);
  process.exit(1);
}
console.log(`lint boundary: ${cases.length} cases behave as expected`);
