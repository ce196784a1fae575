import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { inferGenders } from './infer-gender.js';
import { readCast } from './read-cast.js';
import { resolveAttributes } from './resolve-attributes.js';

const script = [
  'INT. GARAGE - NIGHT',
  '',
  'Zeb wipes his hands. He looks at the engine.',
  '',
  'ZEB',
  'Dead.',
  '',
  'Quill slides out from under the car. She grins.',
  '',
  'QUILL',
  'Not dead. Sleeping.',
  '',
  'She kicks a tyre. Zeb hands Quill her wrench.',
  '',
  'NURSE',
  'Visiting hours are over.',
  '',
  'MARY',
  'Already?',
  '',
  'ORACLE',
  'Hm.',
].join('\n');

describe('inferGenders', () => {
  it('infers from pronouns near lines and mentions, role nouns and first names, each with a confidence', () => {
    const inferred = inferGenders(parseFountain(script), ['ZEB', 'QUILL', 'NURSE', 'MARY', 'ORACLE']);
    expect(Object.fromEntries(inferred)).toEqual({
      // "his", "He": two agreeing pronouns -> 2/3; the shared sentence "Zeb hands Quill her wrench" counts for no one.
      ZEB: { value: 'male', source: 'inferred', confidence: 0.67, evidence: 'she/her 0×, he/him 2× near their lines and mentions' },
      // "She" after the mention, "She" after QUILL's line: 2/3.
      QUILL: { value: 'female', source: 'inferred', confidence: 0.67, evidence: 'she/her 2×, he/him 0× near their lines and mentions' },
      MARY: { value: 'female', source: 'inferred', confidence: 0.6, evidence: 'the first name "mary"' },
    });
  });

  it('never runs unless asked, and never overrides a declaration', () => {
    const screenplay = parseFountain(`/* Cast\nZEB: gender non-binary\n*/\n\n${script}`);
    const cast = readCast(screenplay);
    expect(resolveAttributes(screenplay, cast).get('QUILL')).toEqual({ groups: [] });
    const inferred = resolveAttributes(screenplay, cast, { inferGender: true });
    expect(inferred.get('ZEB')?.gender).toEqual({ value: 'non-binary', source: 'declared', confidence: 1 });
    expect(inferred.get('QUILL')?.gender?.source).toBe('inferred');
  });
});
