import { describe, expect, it } from 'vitest';
import { readCast } from '../../representation/read-cast.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { findUnderspecifiedPeople } from './find-underspecified-people.js';
import { peopleFromCast } from './people-from-cast.js';

describe('findUnderspecifiedPeople', () => {
  it('tells the user what the image model will guess about an undescribed person, without touching the prompt', () => {
    expect(findUnderspecifiedPeople('A man climbs the lighthouse stairs at night.')).toEqual([
      {
        ruleId: 'storyboard.person-underspecified',
        category: 'representation',
        severity: 'info',
        message: 'Age, build and appearance are unspecified for "man": the image model will guess.',
        evidence: 'man',
        suggestion: 'Describe them in the prompt, or add them to the cast sheet.',
      },
    ]);
  });

  it('names only the missing aspects, and nothing when the prompt decides them all', () => {
    expect(findUnderspecifiedPeople('A tall woman in a yellow raincoat waits.').map((finding) => finding.message)).toEqual([
      'Age is unspecified for "woman": the image model will guess.',
    ]);
    expect(findUnderspecifiedPeople('An elderly, stocky man with a grey beard waits.')).toEqual([]);
    expect(findUnderspecifiedPeople('Empty stairs spiral up into fog; a crowd far below.')).toEqual([]);
  });

  it('quotes the cast sheet for a cast member, matched by name or alias, once per prompt', () => {
    const cast = [{ name: 'Mara Quinn', aliases: ['Mara'], attributes: { age: 'late 60s', build: 'wiry' } }];
    const findings = findUnderspecifiedPeople('Mara Quinn lights the lamp. Mara turns.', cast);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      message: 'Age, build and appearance are unspecified for Mara Quinn: the image model will guess.',
      suggestion: 'Describe them in the prompt; the cast sheet says age: late 60s; build: wiry.',
    });
  });

  it('quotes what the script’s cast block declares', () => {
    const script = '/* Cast\nMARA: gender female; age 60+\n*/\n\nINT. LIGHTHOUSE - NIGHT\n\nMARA climbs.\n';
    const people = peopleFromCast(readCast(parseFountain(script)));
    expect(findUnderspecifiedPeople('Mara lights the lamp in a wool coat.', people)).toEqual([
      expect.objectContaining({
        message: 'Age and build are unspecified for MARA: the image model will guess.',
        suggestion: 'Describe them in the prompt; the cast sheet says age: 60+; gender: female.',
      }),
    ]);
  });
});
