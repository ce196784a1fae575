// context.tokens.saved: story-bible context assembled at the end of each example scene, against sending the whole
// bible with every prompt (the naive integration, 0 saved). Recall of the entries a person marked as mentioned in
// each scene must be 100%: saving tokens by dropping what the scene needs would not count.
import { loadExampleBible } from '../examples/bible/load-example-bible.js';
import { measureContextSavings } from '../examples/bible/measure-context-savings.js';
import { createBenchResult, type BenchResult } from './bench-result.js';

/** A generous per-request context budget; on this bible no mentioned entry is cut by it. */
const budgetTokens = 1500;

export default async function contextBench(): Promise<BenchResult[]> {
  const { scenes } = measureContextSavings(await loadExampleBible(), budgetTokens);
  const missed = scenes.filter((scene) => scene.recall < 1);
  if (missed.length > 0) {
    throw new Error(`Context recall below 100%: ${missed.map((scene) => `${scene.sceneId} missed ${scene.missed.join(', ')}`).join('; ')}`);
  }
  const saved = scenes.reduce((sum, scene) => sum + scene.saved, 0) / scenes.length;
  return [
    createBenchResult({
      id: 'context.tokens.saved',
      value: Math.round(saved * 1000) / 1000,
      unit: 'fraction',
      anchor: 'whole story bible in every prompt (0 saved)',
      anchorValue: 0,
      better: 'higher',
      target: '>= 0.7',
    }),
  ];
}
