import { createHasher } from '../../runtime/hasher.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { ProvenanceEventInput } from '../open-ledger.js';
import { digitalSourceTypes } from '../provenance-vocabulary.js';
import { createTextSpan } from '../text-span.js';

/** 2026-01-01T00:00:00.000Z. */
export const fixtureStart = 1_767_225_600_000;

/** A runtime whose clock ticks one second per reading and whose random source is a fixed sequence. */
export function createFixtureRuntime(): Pick<Runtime, 'now' | 'random' | 'hasher' | 'subtle'> {
  let time = fixtureStart;
  let seed = 7;
  const subtle = globalThis.crypto.subtle;
  return {
    now: () => {
      time += 1000;
      return time;
    },
    // A small LCG: deterministic ids without Math.random.
    random: () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    },
    hasher: createHasher(subtle),
    subtle,
  };
}

/** The script the sample events were generated into. */
export const sampleScript = 'INT. KITCHEN - NIGHT\n\nMARA pours coffee.\n\nMARA\nWe leave at dawn.\n\nJONAS\nThen we leave without the map.\n';

const spanOf = (text: string) => {
  const start = sampleScript.indexOf(text);
  return createTextSpan(sampleScript, start, start + text.length);
};

/** An AI event with every field set, so mutation tests reach every nested value. */
export function sampleAiEvent(exact: string, requestId: string): ProvenanceEventInput {
  return {
    actor: { type: 'ai', name: 'Reelkit dialogue' },
    action: 'c2pa.placed',
    digitalSourceType: digitalSourceTypes.trainedAlgorithmicMedia,
    provider: 'openai',
    model: 'gpt-4.1-mini',
    modelVersion: '2025-04-14',
    requestId,
    promptDigest: `hmac-sha256:${'ab'.repeat(32)}`,
    parameters: { temperature: 0.7, maxOutputTokens: 200, stop: ['\n\n'], nested: { voice: 'terse', strict: true, none: null } },
    outputDigest: `sha256:${'cd'.repeat(32)}`,
    span: spanOf(exact),
    checks: { total: 2, errors: 0, warnings: 1, infos: 1, ruleIds: ['lang.gendered-job-title', 'rep.unnamed-woman'] },
    usage: { inputTokens: 120, outputTokens: 14 },
    cost: { usd: 0.00031, incomplete: false },
    source: { entryId: '01JGZZZZZZZZZZZZZZZZZZZZZZ', documentDigest: `sha256:${'ef'.repeat(32)}`, title: 'Treatment v2' },
  };
}

/** A human event: the writer opened the script. */
export const humanOpened: ProvenanceEventInput = {
  actor: { type: 'human', name: 'writer' },
  action: 'c2pa.opened',
  digitalSourceType: digitalSourceTypes.digitalCreation,
};
