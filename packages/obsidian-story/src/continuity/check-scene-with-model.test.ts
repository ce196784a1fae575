import { createLedgerRecorder, createMemoryLedgerStore, parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { type ObjectResult, type TextModel, type TextRequest } from '@reelkit/core/models';
import { createHasher, createRuntime } from '@reelkit/core/runtime';
import { createGuard } from '@reelkit/core/guard';
import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { checkSceneWithModel, type ContinuityCache } from './check-scene-with-model.js';

function scriptedModel(answer: unknown) {
  const prompts: string[] = [];
  const model: TextModel = {
    provider: 'fake',
    modelId: 'judge',
    generate: () => Promise.reject(new Error('unused')),
    stream: () => {
      throw new Error('unused');
    },
    generateObject: <T>(request: TextRequest): Promise<ObjectResult<T>> => {
      prompts.push(request.messages.map((message) => String(message.content)).join('\n'));
      return Promise.resolve({ object: answer as T, text: JSON.stringify(answer), provider: 'fake', modelId: 'judge', usage: { inputTokens: 1, outputTokens: 1 }, cost: { usd: 0, incomplete: false }, fromCache: false });
    },
  };
  return { model, prompts };
}

describe('checkSceneWithModel', () => {
  it('sends only the entries the scene mentions, keeps quotes found in the scene, and caches by scene hash', async () => {
    const bible = await loadExampleStoryBible();
    const index = bible.index();
    const scene = bible.scenes().find((candidate) => candidate.id === 'scene-10');
    const section = index.sections.find((candidate) => candidate.id === 'scene-10');
    if (scene === undefined || section === undefined) throw new Error('example vault changed');
    const { model, prompts } = scriptedModel({
      contradictions: [
        { quote: 'Mara listened with her one hand flat on the table.', entry: 'Mara Voss', explanation: 'Consistent, but reported to test the quote check.' },
        { quote: 'Mara waved both hands.', entry: 'Mara Voss', explanation: 'Made-up quote.' },
      ],
    });
    const cache: ContinuityCache = new Map();
    const runtime = createRuntime();
    const ledger = createMemoryLedgerStore();
    const recorder = createLedgerRecorder({ store: ledger, runtime, promptKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    const input = { scene, section, entries: bible.entries(), sceneOrder: index.sections.map((candidate) => candidate.id), model: createGuard({ runtime, recorder }).text(model), hasher: createHasher(), cache };
    const first = await checkSceneWithModel(input);
    expect(first.fromCache).toBe(false);
    expect(first.findings.map((found) => [found.entryId, found.offset, found.finding.evidence])).toEqual([['mara-voss', scene.body.indexOf('Mara listened'), 'Mara listened with her one hand flat on the table.']]);
    expect(prompts[0]?.match(/^## .+$/gm)).toEqual(['## Dmitri Orlov (character)', '## Mara Voss (character)', '## Saltmarsh Light (location)', '## Wren Halloway (character)', "## The Keeper's Log (object)", '## Kessock Island (location)']);
    expect(prompts[0]).toContain('Has lost her left hand to the lamp gears');
    const [event] = parseLedger(ledger.text() ?? '').entries as ProvenanceEvent[];
    expect(event?.parameters?.['prompt']).toEqual({ id: 'story.continuity', version: '1' });
    expect(event?.parameters?.['scene']).toBe('scene-10');
    const second = await checkSceneWithModel(input);
    expect(second).toEqual({ findings: first.findings, fromCache: true });
    expect(prompts).toHaveLength(1);
  });
});
