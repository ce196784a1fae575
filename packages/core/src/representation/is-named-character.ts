import { genderedRoleNouns } from './gendered-words.js';
import { nameWords } from './character-mentions.js';

// Cue words that describe a role, not a person's name: "WAITRESS", "WOMAN #2", "OLD NURSE".
const roleWords = new Set([
  ...Object.keys(genderedRoleNouns),
  ...('nurse doctor officer guard clerk receptionist cashier driver teacher student reporter announcer voice crowd ' +
    'stranger customer passenger patient neighbor neighbour soldier cop bartender barista server host hostess ' +
    'secretary maid nanny worker kid child baby teen teenager friend singer dancer judge lawyer agent pilot mom mum dad ' +
    'all everyone both others someone narrator operator attendant manager boss').split(' '),
]);

// A cue with one of these is a described person even beside another word: "TELLER WOMAN", "OLD MAN".
const genericPeople = new Set(['woman', 'women', 'man', 'men', 'girl', 'boy', 'lady', 'gentleman', 'guy']);

/**
 * Whether a cue names a person (`MARA`, `MRS. PATEL`, `NURSE RATCHED`) rather than a role (`WAITRESS`, `WOMAN #2`,
 * `TELLER WOMAN`, `WILL'S DATE`); cues for several speakers (`EDWARD AND WILL`) name no one person.
 */
export function isNamedCharacter(name: string): boolean {
  if (/\d|#|['’]S\b|\bAND\b|[/&]/i.test(name)) return false;
  const words = nameWords(name);
  return words.some((word) => !roleWords.has(word)) && !words.some((word) => genericPeople.has(word));
}
