/** One end-to-end test: a name and a body that throws on failure. */
export interface EndToEndTest {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** The line the runner (run.mjs) looks for in the log to count results. */
export const resultMarker = 'reelkit-e2e-result';

/** Runs tests in order, logs each outcome and a machine-readable summary, and throws if any failed. */
export async function runTests(tests: readonly EndToEndTest[]): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    try {
      await test.run();
      passed += 1;
      console.log(`  ✓ ${test.name}`);
    } catch (error) {
      failed += 1;
      console.error(`  ✗ ${test.name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`${resultMarker} ${JSON.stringify({ passed, failed })}`);
  if (failed > 0) throw new Error(`${failed} end-to-end test(s) failed`);
}
