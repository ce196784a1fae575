import { cuss } from 'cuss';
import { describe, expect, it } from 'vitest';
import { languageRules } from './language-rules.js';
import { lintProse } from './lint-prose.js';
import { createRuleIndex, matchRules, ruleMatchWork } from './match-rules.js';

/** What a writer sees for each finding of a line: rule, the words found, and what to write instead. */
const seen = (text: string): Array<[string, string | undefined, string | undefined]> =>
  lintProse(text).map((finding) => [finding.ruleId, finding.evidence, finding.suggestion]);

describe('languageRules', () => {
  it('flags each kind of word with its rule and a replacement or advice', () => {
    expect(seen('The councilman cuts the ribbon.')).toEqual([['lang.gendered-job-title', 'councilman', 'council member']]);
    expect(seen('A female firefighter hauls the hose.')).toEqual([['lang.gendered-job-title', 'female firefighter', 'firefighter']]);
    expect(seen('The dawn of man, says the narrator.')).toEqual([['lang.gendered-generic', 'dawn of man', 'dawn of humanity']]);
    expect(seen('Her son suffers from epilepsy.')).toEqual([['lang.ableist', 'suffers from epilepsy', 'has epilepsy']]);
    expect(seen('Her son suffers from autism.')).toEqual([['lang.ableist', 'suffers from autism', 'is autistic']]);
    expect(seen('He committed suicide in the garage.')).toEqual([['lang.mental-health', 'committed suicide', 'died by suicide']]);
    expect(seen('KEV goes completely psycho.')).toEqual([['lang.mental-health', 'psycho', 'say what the character does, not a diagnosis used as an insult']]);
    expect(seen('The colored children wave.')).toEqual([['lang.racial-term', 'colored children', 'Black children']]);
    expect(seen('He was born a woman, the file says.')).toEqual([['lang.gender-identity', 'born a woman', 'assigned female at birth']]);
    expect(seen('The office girls giggle.')).toEqual([['lang.gender-stereotype', 'office girls', 'office staff']]);
    expect(seen('A senile old coot waves his cane.')).toEqual([
      ['lang.age-stereotype', 'senile', 'describe the person, not their age as a punchline'],
      ['lang.age-stereotype', 'old coot', 'describe the person, not their age as a punchline'],
    ]);
    expect(seen('A wetback crew waits for day work.')).toEqual([['lang.slur', 'wetback', 'cut the slur, or give it to the character who would say it, in dialogue']]);
  });

  it('explains the slur finding as the writer’s voice, not the character’s', () => {
    expect(lintProse('The gook behind the counter rings up his beer.')[0]?.message).toBe('“gook”: A slur in narration reads as the writer’s own voice, not a character’s.');
  });

  it('says nothing about pronouns, family words, names and ordinary words that look like findings', () => {
    const nearMisses = [
      'She hands her mother the letter; his wife and the boy wait by the car.',
      'Steam curls out of a manhole on the way to Manchester.',
      'She makes a mental note and straightens the crazy quilt.',
      'Light slants through a chink in the shutters; a niggling doubt keeps him awake.',
      'He spits, yanks the door open and nods to the grips and riggers.',
      'POLLOCK studies the canvas while NOONAN pours the coffee.',
      'Gypsy moths batter the porch light over the oriental rug.',
      'A kung fu movie flickers beside the museum caption HOMO SAPIENS.',
      'The old asylum on the hill is flats now; a savage dog guards the gate.',
      'He is bipolar and takes his lithium with breakfast.',
      'The geezer at the bar is thirty and from Bow.',
      'A Portuguese man-of-war drifts past the Isle of Man ferry.',
      'The Board of Trade wants unmanned lights: cheaper, and no keeper to pay.',
    ];
    expect(nearMisses.filter((line) => lintProse(line).length > 0)).toEqual([]);
  });

  it('never lists a pronoun or a family word as a phrase on its own', () => {
    const characters = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'they', 'man', 'woman', 'men', 'women', 'boy', 'girl', 'boys', 'girls', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'grandma', 'granny', 'grandmother', 'grandfather', 'uncle', 'aunt', 'lady', 'gentleman']);
    expect(languageRules.flatMap((rule) => rule.phrases.filter((phrase) => characters.has(phrase)))).toEqual([]);
  });

  it('keeps every rule readable by the matcher: lower-case phrases one space apart, a replacement only for its own phrases', () => {
    expect(languageRules.flatMap((rule) => rule.phrases.filter((phrase) => !/^[a-z0-9']+(?: [a-z0-9']+)*$/.test(phrase)))).toEqual([]);
    expect(languageRules.flatMap((rule) => Object.keys(rule.replacements ?? {}).filter((phrase) => !rule.phrases.includes(phrase)))).toEqual([]);
    expect(new Set(languageRules.map((rule) => rule.id)).size).toBe(languageRules.length);
  });

  it('takes the slurs from the cuss data: rated 2, not swearing, not judged by an earlier rule', () => {
    const slurs = languageRules.find((rule) => rule.id === 'lang.slur')?.phrases ?? [];
    expect(slurs.filter((phrase) => cuss[phrase] !== 2)).toEqual([]);
    expect(['wetback', 'chinaman', 'raghead', 'towel head'].filter((phrase) => !slurs.includes(phrase))).toEqual([]);
    // Swearing is a register, "chink"/"spit"/"rigger" are ordinary words, "pollock" a name, "gypsy" the racial-term rule's.
    expect(['fuck', 'shit', 'chink', 'spit', 'rigger', 'pollock', 'gypsy', 'retard'].filter((phrase) => slurs.includes(phrase))).toEqual([]);
  });

  it('does work linear in the text, however often a long phrase starts and breaks off (counted, no clock)', () => {
    const index = createRuleIndex(languageRules);
    const workPerWord = (repeats: number): number => {
      const text = 'suffering from a confined to a man the '.repeat(repeats);
      const before = ruleMatchWork.steps;
      expect(matchRules(text, index)).toEqual([]);
      return (ruleMatchWork.steps - before) / (repeats * 9);
    };
    expect(workPerWord(4000) / workPerWord(500)).toBeLessThan(1.2);
  });
});
