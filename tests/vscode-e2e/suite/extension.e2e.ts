// Runs inside VS Code's web extension host (bundled by run.mjs). The workspace is the shared Fountain corpus.
import { aiTests } from './ai-tests.js';
import { exportTests } from './export-tests.js';
import { languageTests } from './language-tests.js';
import { runTests } from './run-tests.js';
import { viewTests } from './view-tests.js';

/** Entry point called by VS Code's test runner. */
export async function run(): Promise<void> {
  await runTests([...languageTests, ...aiTests, ...viewTests, ...exportTests]);
}
