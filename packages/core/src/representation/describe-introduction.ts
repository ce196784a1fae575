import { wordTokens } from '../text/word-tokens.js';

// Function words and stage verbs that say nothing about who a character is.
const stopWords = new Set(
  (
    'a an the and or but of in on at to from with without by for as is are was were be been being it its this that ' +
    'these those there here into onto out up down over under through his her hers him he she they them their theirs ' +
    'we us our you your i me my who whom whose which what while when then than so very too just not no yet all some ' +
    'one two enters enter sits stands walks looks comes goes holds watches turns steps stares waits reads sees has have had ' +
    'back across behind beside inside outside around near off again still among few many several other another'
  ).split(' '),
);

/**
 * Words about looks: the report compares how often each group is introduced by them (GD-IQ's measure). Height and
 * build words such as short, tall and thin are left out: scripts use them for hair, glasses and time as often.
 */
export const appearanceWords: ReadonlySet<string> = new Set(
  (
    'beautiful pretty gorgeous sexy attractive hot stunning cute lovely slim skinny curvy petite busty leggy blonde ' +
    'brunette handsome muscular rugged chiseled hunky fat overweight chubby elegant ' +
    'glamorous voluptuous alluring radiant striking buxom'
  ).split(' '),
);

/**
 * The descriptive words of the sentence that introduces a character: content words before the name and, when the
 * name is followed by a comma, the appositive up to the sentence's last comma ("MAGS (60s), wiry, weathered, climbs"
 * gives wiry, weathered). Names in capitals and the excluded words are left out.
 */
export function describeIntroduction(sentence: string, nameStart: number, nameEnd: number, excludedWords: ReadonlySet<string>): string[] {
  const after = sentence.slice(nameEnd);
  const appositive = /^[\p{Lu}\s.'’-]*(?:\([^)]*\))?\s*,/u.exec(after);
  const lastComma = sentence.lastIndexOf(',');
  const end = appositive !== null && lastComma > nameEnd + appositive[0].length - 1 ? lastComma : sentence.length;
  const words: string[] = [];
  for (const token of wordTokens(sentence)) {
    if (token.end > end || (token.start >= nameStart && token.end <= nameEnd)) continue;
    if (token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text)) continue;
    if (stopWords.has(token.lower) || excludedWords.has(token.lower) || /^\d+s?$/.test(token.lower)) continue;
    if (!words.includes(token.lower)) words.push(token.lower);
  }
  return words.slice(0, 12);
}
