import { fontSize } from './chart-layout.js';
import { estimateTextWidth } from './estimate-text-width.js';

/** Which scene numbers the scene axis prints. */
export interface SceneAxisTicks {
  /** Scenes between labels: 1, 2, 5, 10, 25, 50, 100, 250… */
  readonly interval: number;
  /** Scene numbers labelled: 1 and every multiple of `interval`. */
  readonly scenes: readonly number[];
}

// Readers count in these steps; 25 rather than 20 so a feature's 100-odd scenes fall on quarters.
function* niceIntervals(): Generator<number> {
  yield* [1, 2, 5];
  for (let power = 10; ; power *= 10) yield* [power, power * 2.5, power * 5];
}

/**
 * The smallest interval whose labels do not touch, given where each scene starts on the axis (`starts[0]` is scene
 * 1, in pixels; a label is drawn from its scene's start). Scenes differ in length, so every gap is checked, not the
 * average one.
 */
export function sceneAxisTicks(starts: readonly number[], size: number = fontSize.axis, gap = 6): SceneAxisTicks {
  if (starts.length === 0) return { interval: 1, scenes: [] };
  for (const interval of niceIntervals()) {
    const scenes = [1];
    for (let scene = interval; scene <= starts.length; scene += interval) if (scene > 1) scenes.push(scene);
    const fits = scenes.every((scene, index) => {
      const next = scenes[index + 1];
      if (next === undefined) return true;
      return (starts[next - 1] ?? 0) - (starts[scene - 1] ?? 0) >= estimateTextWidth(String(scene), size) + gap;
    });
    // Past the last scene only "1" is left, which always fits, so the loop ends.
    if (fits) return { interval, scenes };
  }
  return { interval: 1, scenes: [1] };
}
