import type { Finding } from '../../findings/finding.js';
import type { StoryboardPerson } from './storyboard-person.js';

// Words that put a person in a frame. Crowds and pronouns are left out: a crowd needs no build, and a pronoun
// refers to someone the prompt has already named.
const personNouns = new Set([
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'child', 'children', 'kid', 'kids', 'person', 'people',
  'teenager', 'teen', 'stranger', 'figure', 'guard', 'officer', 'soldier', 'nurse', 'doctor', 'detective', 'driver',
  'worker', 'mother', 'father', 'brother', 'sister', 'wife', 'husband', 'keeper', 'priest', 'waiter', 'waitress',
]);

// What an image model otherwise guesses, with words that show the prompt decided it.
const aspects = {
  age: ['young', 'old', 'older', 'elderly', 'aged', 'teenage', 'middle-aged', 'year-old', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'baby', 'toddler', 'infant', 'adult', 'senior', 'grey-haired', 'gray-haired'],
  build: ['tall', 'short', 'slim', 'slender', 'thin', 'skinny', 'heavy', 'heavyset', 'stocky', 'muscular', 'broad', 'broad-shouldered', 'petite', 'lanky', 'wiry', 'plump', 'large', 'small', 'slight', 'athletic', 'build'],
  appearance: ['hair', 'haired', 'skin', 'skinned', 'eyes', 'eyed', 'beard', 'bearded', 'moustache', 'bald', 'freckled', 'complexion', 'wearing', 'dressed', 'wears', 'coat', 'raincoat', 'jacket', 'dress', 'suit', 'shirt', 'sweater', 'hat', 'scarf', 'boots', 'uniform', 'glasses', 'tattooed', 'scarred'],
} as const;
type Aspect = keyof typeof aspects;

/** Tokens around a mention that may describe the person. */
const windowSize = 8;

const tokenize = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
const decides = (token: string, aspect: Aspect): boolean =>
  (aspects[aspect] as readonly string[]).includes(token) || (aspect === 'age' && /^\d+s?$/.test(token));

/**
 * Findings for each person an image prompt mentions without saying what the image model would otherwise guess
 * (age, build, appearance). The prompt is never changed: the finding tells the user, quoting the cast sheet when
 * the person is on it, and the user decides. One finding per person per prompt. The word lists are English, as
 * image prompts mostly are; a prompt in another language gets findings only for cast names.
 */
export function findUnderspecifiedPeople(prompt: string, cast: readonly StoryboardPerson[] = []): Finding[] {
  const tokens = tokenize(prompt);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (at: number, length: number, label: string, member: StoryboardPerson | undefined): void => {
    if (seen.has(label)) return;
    const nearby = tokens.slice(Math.max(0, at - windowSize), at + length + windowSize);
    const missing = (Object.keys(aspects) as Aspect[]).filter((aspect) => !nearby.some((token) => decides(token, aspect)));
    if (missing.length === 0) return;
    seen.add(label);
    findings.push({
      ruleId: 'storyboard.person-underspecified',
      category: 'representation',
      severity: 'info',
      message: `${capitalize(listAspects(missing))} ${missing.length === 1 ? 'is' : 'are'} unspecified for ${member === undefined ? `"${label}"` : member.name}: the image model will guess.`,
      evidence: label,
      suggestion: suggestionFor(member),
    });
  };
  const names = cast.flatMap((member) => [member.name, ...(member.aliases ?? [])].map((name) => ({ member, words: tokenize(name) })));
  for (let index = 0; index < tokens.length; index += 1) {
    const named = names.find(({ words }) => words.length > 0 && words.every((word, offset) => tokens[index + offset] === word));
    if (named !== undefined) {
      report(index, named.words.length, named.member.name, named.member);
      index += named.words.length - 1;
    } else if (personNouns.has(tokens[index] ?? '')) {
      report(index, 1, tokens[index] ?? '', undefined);
    }
  }
  return findings;
}

function suggestionFor(member: StoryboardPerson | undefined): string {
  const declared = Object.entries(member?.attributes ?? {}).map(([name, value]) => `${name}: ${value}`);
  if (member !== undefined && declared.length > 0) return `Describe them in the prompt; the cast sheet says ${declared.join('; ')}.`;
  if (member !== undefined && (member.description ?? '') !== '') return `Describe them in the prompt; the cast sheet says: ${member.description ?? ''}`;
  return 'Describe them in the prompt, or add them to the cast sheet.';
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const listAspects = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
