import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { bechdelCases } from './__fixtures__/bechdel-scripts.js';
import { bechdelTest } from './bechdel-test.js';
import { confirmBechdel, type BechdelConfirmer } from './confirm-bechdel.js';
import { readCast } from './read-cast.js';
import { resolveAttributes } from './resolve-attributes.js';

function run(source: string, inferGender = false): ReturnType<typeof bechdelTest> {
  const screenplay = parseFountain(source);
  const cast = readCast(screenplay);
  return bechdelTest(screenplay, resolveAttributes(screenplay, cast, { inferGender }), cast);
}

describe('bechdelTest on scripts built to pass or fail', () => {
  it('has at least 20 cases, both verdicts and every failing step', () => {
    expect(bechdelCases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(bechdelCases.map((entry) => entry.failsAt ?? 0))).toEqual(new Set([0, 1, 2, 3]));
  });

  for (const entry of bechdelCases) {
    it(entry.name, () => {
      const result = run(entry.source, entry.inferGender === true);
      expect(result.pass).toBe(entry.pass);
      expect(result.steps.find((step) => !step.pass)?.step).toBe(entry.failsAt);
      expect(result.passingScenes).toEqual(entry.passingScenes ?? []);
    });
  }

  it('calls a script undetermined, not failed, while speaking characters have no known gender', () => {
    const scene = 'INT. KITCHEN - DAY\n\nANN\nThe soup is cold.\n\nBETH\nThe stove is broken.\n';
    const unknown = run(scene);
    expect([unknown.pass, unknown.verdict, unknown.undeclared]).toEqual([false, 'undetermined', ['ANN', 'BETH']]);
    expect(unknown.steps[0]).toEqual({ step: 1, pass: false, detail: 'Only 0 named woman speaks.' });
    const declared = run(`/* Cast\nANN: gender female\nBETH: gender male\n*/\n\n${scene}`);
    expect([declared.verdict, declared.undeclared]).toEqual(['fail', []]);
    const women = run(`/* Cast\nANN: gender female\nBETH: gender female\n*/\n\n${scene}`);
    expect([women.verdict, women.passingScenes]).toEqual(['pass', ['int-kitchen-day']]);
  });

  it('gives the scene, the speakers, the line ranges and the male references as evidence', () => {
    const result = run('/* Cast\nANN: gender female\nBETH: gender female\n*/\n\nINT. CAR - NIGHT\n\nANN\nDid he call?\n\nBETH\nNo.\n');
    expect(result.evidence).toEqual([
      {
        sceneId: 'int-car-night',
        speakers: ['ANN', 'BETH'],
        lines: [
          { name: 'ANN', text: 'Did he call?', range: { start: { line: 7, column: 0, offset: 69 }, end: { line: 8, column: 12, offset: 85 } } },
          { name: 'BETH', text: 'No.', range: { start: { line: 10, column: 0, offset: 87 }, end: { line: 11, column: 3, offset: 95 } } },
        ],
        maleReferences: ['he'],
      },
    ]);
    expect(result.steps[2]).toEqual({ step: 3, pass: false, detail: 'Every exchange mentions a man (he).' });
  });
});

describe('confirmBechdel', () => {
  const dog = bechdelCases.find((entry) => entry.name.startsWith('"he" for a dog'));

  it('lets a model overrule the word list on step 3, keeping its reason as evidence', async () => {
    const confirmer: BechdelConfirmer = { confirm: () => Promise.resolve({ aboutAMan: false, reason: 'They talk about a dog.' }) };
    const confirmed = await confirmBechdel(run(dog?.source ?? ''), confirmer);
    expect(confirmed.pass).toBe(true);
    expect(confirmed.passingScenes).toEqual(['ext-park-day']);
  });

  it('records the model reason when it finds a man the word list missed', async () => {
    const confirmer: BechdelConfirmer = { confirm: () => Promise.resolve({ aboutAMan: true, reason: 'the new guy at work' }) };
    const passing = bechdelCases[0];
    const confirmed = await confirmBechdel(run(passing?.source ?? ''), confirmer);
    expect(confirmed.pass).toBe(false);
    expect(confirmed.evidence[0]?.maleReferences).toEqual(['the new guy at work']);
  });
});
