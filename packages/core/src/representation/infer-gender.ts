import type { Screenplay } from '../screenplay/screenplay.js';
import type { GenderAttribute } from './cast-member.js';
import { nameWords } from './character-mentions.js';
import { createNameMentionFinder } from './find-name-mentions.js';
import { femaleFirstNames, maleFirstNames } from './first-names.js';
import { femalePronouns, genderedRoleNouns, genderedTitles, malePronouns } from './gendered-words.js';
import { splitSentences } from './split-sentences.js';
import { wordTokens } from '../text/word-tokens.js';

/** Pronoun counts near a character's lines and mentions: the evidence behind an inferred gender. */
interface PronounTally {
  female: number;
  male: number;
}

/**
 * Infers gender for the named characters — opt-in, and only gender: from pronouns in action that follows the
 * character's lines or sentences that mention only that character, and from gendered titles, role nouns and
 * common first names. Characters without evidence are left out. Every result has `source: 'inferred'`.
 */
export function inferGenders(screenplay: Screenplay, names: readonly string[]): Map<string, GenderAttribute> {
  const tallies = tallyPronouns(screenplay, names);
  const result = new Map<string, GenderAttribute>();
  for (const name of names) {
    const tally = tallies.get(name) ?? { female: 0, male: 0 };
    const fromPronouns = pronounEvidence(tally);
    const fromName = nameEvidence(name);
    const combined = combine(fromPronouns, fromName);
    if (combined !== undefined) result.set(name, { value: combined.value, source: 'inferred', confidence: Math.round(combined.confidence * 100) / 100, evidence: combined.because });
  }
  return result;
}

interface Evidence {
  value: 'female' | 'male';
  confidence: number;
  /** What it rests on, in words. */
  because: string;
}

function pronounEvidence({ female, male }: PronounTally): Evidence | undefined {
  const total = female + male;
  if (total === 0 || female === male) return undefined;
  const majority = Math.max(female, male);
  // Agreement times a small-sample discount: one pronoun is 0.5, three agreeing are 0.75.
  return { value: female > male ? 'female' : 'male', confidence: (majority / total) * (total / (total + 1)), because: `she/her ${female}×, he/him ${male}× near their lines and mentions` };
}

function nameEvidence(name: string): Evidence | undefined {
  const words = wordTokens(name).map((token) => token.lower);
  for (const word of words) {
    const title = genderedTitles[word];
    if (title !== undefined) return { value: title, confidence: 0.9, because: `the title "${word}"` };
    const role = genderedRoleNouns[word];
    if (role !== undefined) return { value: role, confidence: 0.9, because: `the word "${word}"` };
  }
  const first = nameWords(name)[0] ?? '';
  if (femaleFirstNames.has(first)) return { value: 'female', confidence: 0.6, because: `the first name "${first}"` };
  if (maleFirstNames.has(first)) return { value: 'male', confidence: 0.6, because: `the first name "${first}"` };
  return undefined;
}

function combine(pronouns: Evidence | undefined, name: Evidence | undefined): Evidence | undefined {
  if (pronouns === undefined) return name;
  if (name === undefined) return pronouns;
  if (pronouns.value === name.value) return { value: name.value, confidence: 1 - (1 - pronouns.confidence) * (1 - name.confidence), because: `${pronouns.because}; ${name.because}` };
  return pronouns.confidence >= name.confidence ? pronouns : name;
}

function tallyPronouns(screenplay: Screenplay, names: readonly string[]): Map<string, PronounTally> {
  const findMentions = createNameMentionFinder(names);
  const wanted = new Set(names);
  const tallies = new Map<string, PronounTally>();
  const count = (name: string, word: string): void => {
    const tally = tallies.get(name) ?? { female: 0, male: 0 };
    if (femalePronouns.has(word)) tally.female += 1;
    else if (malePronouns.has(word)) tally.male += 1;
    tallies.set(name, tally);
  };
  let lastSpeaker: string | undefined;
  for (const element of screenplay.elements) {
    if (element.kind === 'character') lastSpeaker = element.name !== undefined && wanted.has(element.name) ? element.name : undefined;
    else if (element.kind === 'scene-heading') lastSpeaker = undefined;
    if (element.kind !== 'action') continue;
    let previousReferent: string | undefined = lastSpeaker;
    for (const sentence of splitSentences(element.text)) {
      const tokens = wordTokens(sentence.text);
      const words = tokens.map((token) => token.lower);
      // Names found the way the report finds presence: whole cues, possessives, never a role by one generic word.
      const named = new Set(findMentions(tokens).map((mention) => mention.name));
      // A pronoun counts only when one character is in play: "Mara hands Tom her keys" proves nothing.
      const referent = named.size === 1 ? [...named][0] : named.size === 0 ? previousReferent : undefined;
      if (referent !== undefined) for (const word of words) count(referent, word);
      previousReferent = named.size === 0 ? previousReferent : referent;
    }
    lastSpeaker = undefined;
  }
  return tallies;
}
