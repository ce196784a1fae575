import { wordTokens, type WordToken } from '../text/word-tokens.js';

// Function words and stage verbs that say nothing about who a character is.
const stopWords = new Set(
  (
    'a an the and or but of in on at to from with without by for as is are was were be been being it its this that ' +
    'these those there here into onto out up down over under through his her hers him he she they them their theirs ' +
    'we us our you your i me my who whom whose which what while when then than so very too just not no yet all some ' +
    'one two enters enter sits stands walks looks comes goes holds watches turns steps stares waits reads sees has have had ' +
    'back across behind beside inside outside around near off again still among few many several other another also now ' +
    'himself herself themselves any ever gets got age aged none'
  ).split(' '),
);

// Words that open a noun phrase: "his father EDWARD", "a PRETTY GIRL", "the circus' owner AMOS".
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

// Words that end the phrase before a name: what comes before them is another clause ("listens as his father EDWARD").
const clauseWords = new Set(
  (
    'as while when and but or with by to into onto from for at on in behind beside of like than so then is are was were ' +
    'who which that where until after before because if'
  ).split(' '),
);

// "A man named BEAMEN": the phrase goes on through these.
const namingWords = new Set(['named', 'called']);

// A verb that says what the character is: "ZACKY is 10", "KARL is bigger than any man".
const copulas = new Set(['is', 'was', 'are', 'were', 'seems', 'looks', 'appears']);

// Punctuation that ends a phrase; hyphens and apostrophes inside words do not.
const phraseBreak = /,|;|:|\(|\)|--|—|–|\.|!|\?/gu;

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

/** Where a name sits in its sentence: the mention being described and the other names around it. */
export interface IntroducedName {
  readonly start: number;
  readonly end: number;
}

/**
 * The words of an introducing sentence that describe this character and no one else: the noun phrase before the name
 * ("his gorgeous bride JOSEPHINE", "A beautiful woman, JUNE,"), the appositive after it up to the predicate ("MAGS
 * (60s), wiry, weathered, climbs…"), and what a copula says of them ("KARL is bigger…"). Other people's names and what
 * is said about them are left out: in "WILL, 3, listens as his father EDWARD, 40's and handsome, tells the story",
 * handsome is Edward's. At most 12 words, lower case, hyphenated words whole ("red-headed").
 */
export function describeIntroduction(sentence: string, name: IntroducedName, others: readonly IntroducedName[], ownNameWords: ReadonlySet<string>): string[] {
  const words: string[] = [];
  const add = (tokens: readonly WordToken[]): void => {
    for (const { lower: word, end } of tokens) {
      if (stopWords.has(word) || determiners.has(word) || ownNameWords.has(word) || /^\d+(?:'?s)?$/u.test(word) || isPossessive(sentence, word, end)) continue;
      if (!words.includes(word)) words.push(word);
    }
  };
  add(phraseBefore(sentence, name, others));
  add(phraseAfter(sentence, name, others));
  return words.slice(0, 12);
}

/** The noun phrase that ends at the name, or the one it stands in apposition to ("A beautiful woman, JUNE"). */
function phraseBefore(sentence: string, name: IntroducedName, others: readonly IntroducedName[]): WordToken[] {
  const boundary = lastBreak(sentence, name.start);
  const own = nounPhrase(sentence, boundary.end, name.start, others);
  if (own.length > 0 || sentence.slice(boundary.end, name.start).trim() !== '' || boundary.text !== ',') return own;
  // Nothing between a comma and the name: the name renames the phrase before the comma.
  const earlier = lastBreak(sentence, boundary.start);
  const phrase = nounPhrase(sentence, earlier.end, boundary.start, others);
  return phrase.length > 0 && determiners.has(phrase[0]?.lower ?? '') ? phrase : [];
}

/** Tokens from `to` back to a clause word; kept only if they read as a noun phrase (a determiner or the clause start). */
function nounPhrase(sentence: string, from: number, to: number, others: readonly IntroducedName[]): WordToken[] {
  const tokens = wordsBetween(sentence, from, to);
  const phrase: WordToken[] = [];
  let stoppedAtClause = false;
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index] as WordToken;
    if (others.some((other) => token.start >= other.start && token.end <= other.end)) break;
    if (namingWords.has(token.lower)) continue;
    if (clauseWords.has(token.lower) && !determiners.has(token.lower)) {
      stoppedAtClause = true;
      break;
    }
    phrase.unshift(token);
  }
  // A noun phrase starts at its determiner: "Reaching the CASHIER" is about the cashier, not the reaching.
  const determiner = phrase.findLastIndex((token) => determiners.has(token.lower));
  if (determiner >= 0) return phrase.slice(determiner);
  return stoppedAtClause ? [] : phrase;
}

/** The appositive after the name (comma- or dash-separated, before the predicate) and what a copula says of them. */
function phraseAfter(sentence: string, name: IntroducedName, others: readonly IntroducedName[]): WordToken[] {
  let rest = name.end;
  const age = /^\s*\([^)]*\)/u.exec(sentence.slice(rest));
  if (age !== null) rest += age[0].length;
  const segments = splitSegments(sentence, rest);
  const tokens: WordToken[] = [];
  const opensAppositive = /^\s*(?:,|--|—|–)/u.test(sentence.slice(rest));
  let index = 0;
  if (opensAppositive) {
    // Every segment but the last is the appositive; a segment naming someone else ends it.
    for (; index < segments.length - 1; index += 1) {
      const segment = segments[index] as WordToken[];
      if (segment.length > 12 || segment.some((token) => others.some((other) => token.start >= other.start && token.end <= other.end))) break;
      tokens.push(...segment);
    }
  }
  const segment = segments[index] ?? [];
  // An epithet in capitals is part of the name's phrase: "KARL THE GIANT is bigger…" gives giant.
  const epithet = index === 0 ? segment.findIndex((token) => !isCapitalised(token.text)) : 0;
  if (epithet > 0) tokens.push(...segment.slice(0, epithet));
  const predicate = segment.slice(Math.max(0, epithet));
  if (copulas.has(predicate[0]?.lower ?? '')) {
    for (const token of predicate.slice(1)) {
      if (clauseWords.has(token.lower) && tokens.length > 0) break;
      if (!clauseWords.has(token.lower)) tokens.push(token);
    }
  }
  return tokens;
}

/** The words after `from`, split at commas and dashes, with their places in the sentence. */
function splitSegments(sentence: string, from: number): WordToken[][] {
  const segments: WordToken[][] = [];
  let start = from;
  for (const match of sentence.slice(from).matchAll(phraseBreak)) {
    const end = from + match.index;
    segments.push(wordsBetween(sentence, start, end));
    start = end + match[0].length;
  }
  segments.push(wordsBetween(sentence, start, sentence.length));
  return segments.filter((segment) => segment.length > 0);
}

/** The last phrase break before `index`: where it starts and ends, and what it is; the sentence start if none. */
function lastBreak(sentence: string, index: number): { start: number; end: number; text: string } {
  let found = { start: 0, end: 0, text: '' };
  for (const match of sentence.slice(0, index).matchAll(phraseBreak)) found = { start: match.index, end: match.index + match[0].length, text: match[0] };
  return found;
}

/** The words of `sentence` between two indexes, placed in the sentence; hyphen-joined words are one ("red-headed"). */
function wordsBetween(sentence: string, from: number, to: number): WordToken[] {
  const words: WordToken[] = [];
  for (const token of wordTokens(sentence.slice(from, to))) {
    const placed = { ...token, start: token.start + from, end: token.end + from };
    const previous = words.at(-1);
    if (previous !== undefined && sentence.slice(previous.end, placed.start) === '-') {
      words[words.length - 1] = { text: `${previous.text}-${placed.text}`, lower: `${previous.lower}-${placed.lower}`, start: previous.start, end: placed.end };
    } else words.push(placed);
  }
  return words;
}

/** "Beamen's daughter", "the circus' owner": a possessive names someone else. */
function isPossessive(sentence: string, word: string, end: number): boolean {
  return word.endsWith("'s") || /^['’]/u.test(sentence.slice(end));
}

function isCapitalised(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
