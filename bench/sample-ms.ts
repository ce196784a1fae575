// Timing samples for the benches: warm-up runs, then one wall-clock reading per run.

/** Milliseconds per run of a synchronous `run`; no awaits, so sub-millisecond work (a keystroke) is timed alone. */
export function sampleMs(run: () => void, warmup: number, samples: number): number[] {
  for (let index = 0; index < warmup; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

/** Milliseconds per run of `run`, awaited: for work that returns a promise (a retext pipeline, a child process). */
export async function sampleMsAsync(run: () => unknown, warmup: number, samples: number): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}
