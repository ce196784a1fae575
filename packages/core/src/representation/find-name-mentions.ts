import type { WordToken } from '../text/word-tokens.js';
import { nameWords } from './character-mentions.js';
import { isNamedCharacter } from './is-named-character.js';

/** A character named in a sentence: who, and the span of the words that name them. */
export interface NameMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** A word as prose uses it for a name: lower case, a possessive dropped ("Will's" is Will). */
const nameForm = (word: string): string => word.replace(/['’]s$/u, '');

/**
 * Finds characters named in prose, as names: a cue of several words (`YOUNG EDWARD`, `TELLER WOMAN`, `WILL'S DATE`)
 * by its whole phrase; a named person also by a word of their name (`Sandra` for SANDRA BLOOM) — unless that word names
 * several people and none of them is called just that (`Edward` is EDWARD, not YOUNG EDWARD). A role (`WAITRESS`,
 * `TELLER WOMAN`) is never matched by one generic word, so "an old woman" is not TELLER WOMAN. Names are capitalised
 * in prose: "rose" the verb is not ROSE.
 */
export function createNameMentionFinder(names: readonly string[]): (tokens: readonly WordToken[]) => NameMention[] {
  // Phrases by their first word, longest first, so "Young Edward" wins over "Edward".
  const phrases = new Map<string, { words: string[]; name: string }[]>();
  const byWord = new Map<string, Set<string>>();
  const exactly = new Map<string, string>();
  for (const name of names) {
    const cueWords = nameWords(name).map(nameForm);
    const allWords = name.toLowerCase().split(/\s+/u).map(nameForm).filter((word) => word !== '');
    if (allWords.length > 0) {
      // Every cue by its whole phrase, one word or several ("Waitress", "Young Edward").
      const list = phrases.get(allWords[0] ?? '') ?? [];
      list.push({ words: allWords, name });
      list.sort((a, b) => b.words.length - a.words.length);
      phrases.set(allWords[0] ?? '', list);
    }
    if (!isNamedCharacter(name)) continue;
    if (allWords.length === 1) exactly.set(allWords[0] ?? '', name);
    for (const word of cueWords) byWord.set(word, (byWord.get(word) ?? new Set()).add(name));
  }
  const single = (word: string): string | undefined => {
    const candidates = byWord.get(word);
    if (candidates === undefined) return undefined;
    if (candidates.size === 1) return [...candidates][0];
    return exactly.get(word);
  };

  return (tokens) => {
    const found: NameMention[] = [];
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index] as WordToken;
      if (!/^\p{Lu}/u.test(token.text)) continue;
      const word = nameForm(token.lower);
      const phrase = (phrases.get(word) ?? []).find((candidate) => candidate.words.every((expected, offset) => nameForm(tokens[index + offset]?.lower ?? '') === expected));
      let mention: NameMention | undefined;
      if (phrase !== undefined) {
        index += phrase.words.length - 1;
        mention = { name: phrase.name, start: token.start, end: (tokens[index] as WordToken).end };
      } else {
        const name = single(word);
        if (name !== undefined) mention = { name, start: token.start, end: token.end };
      }
      if (mention === undefined) continue;
      // The rest of a full name is the same person: "ZACKY PRICE" is ZACKY, and its "PRICE" is not DON PRICE.
      while (isNameContinuation(tokens[index], tokens[index + 1]) && !phrases.has(nameForm(tokens[index + 1]?.lower ?? ''))) {
        index += 1;
        mention = { ...mention, end: (tokens[index] as WordToken).end };
      }
      found.push(mention);
    }
    return found;
  };
}

/** A capitalised word right after another, one space between: the next word of the same name. */
function isNameContinuation(previous: WordToken | undefined, next: WordToken | undefined): boolean {
  if (previous === undefined || next === undefined || joiningWords.has(next.lower)) return false;
  return next.start === previous.end + 1 && /^\p{Lu}/u.test(next.text) && !/['’]s$/u.test(previous.text);
}

// Capitalised in a run of capitals ("EDWARD AND WILL") but never part of a name.
const joiningWords = new Set(['and', 'or', 'the', 'of', 'to', 'in', 'at', 'by', 'with', 'from', 'a', 'an']);
