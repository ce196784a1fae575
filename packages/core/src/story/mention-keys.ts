import { isUnspacedScriptChar } from './is-unspaced-script-char.js';
import { isWordChar } from './is-word-char.js';
import type { MentionPattern } from './mention-pattern.js';

// Keys let an index skip a section that cannot contain a name without reading it. A section's keys are hashes of
// its words (maximal runs of word characters in the folded text) and of each character of an unspaced script; a
// pattern's keys are those of its words that must be whole words wherever it matches, and its unspaced characters.
// Case folding keeps whether a code point is a word character (a test checks all of Unicode), so a word the matcher
// accepts is also a word here. Hash collisions only let a section through that need not have been read.

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;
/** Word-ness of the ASCII code units; other code points go through `isWordChar`. */
const asciiWord = Uint8Array.from({ length: 128 }, (_, code) => (isWordChar(String.fromCharCode(code)) ? 1 : 0));

/** The sorted, distinct keys of a folded text. */
export function textKeys(folded: string): Uint32Array {
  const keys: number[] = [];
  collectKeys(folded, true, true, keys);
  return distinctSorted(keys);
}

/** The keys every text that contains a match of the pattern has (none when the pattern has no whole word). */
export function patternKeys(pattern: MentionPattern): Uint32Array {
  const keys: number[] = [];
  collectKeys(pattern.form, pattern.checkStart, pattern.checkEnd, keys);
  return distinctSorted(keys);
}

/** True when the sorted `keys` hold every key of `required`. */
export function hasAllKeys(keys: Uint32Array, required: Uint32Array): boolean {
  for (const key of required) {
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((keys[middle] as number) < key) low = middle + 1;
      else high = middle;
    }
    if (keys[low] !== key) return false;
  }
  return true;
}

/**
 * Pushes the hash of every word of `text` and of every unspaced-script character. A word touching the start counts
 * only with `wholeAtStart`, one touching the end only with `wholeAtEnd`: a pattern may match inside a longer word on
 * a side where it has no boundary check.
 */
function collectKeys(text: string, wholeAtStart: boolean, wholeAtEnd: boolean, keys: number[]): void {
  let hash = fnvOffset;
  let wordStart = -1;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    let width = 1;
    let word: boolean;
    if (code < 0x80) {
      word = asciiWord[code] === 1;
    } else {
      const codePoint = text.codePointAt(index) as number;
      width = codePoint > 0xffff ? 2 : 1;
      const char = text.slice(index, index + width);
      word = isWordChar(char);
      if (isUnspacedScriptChar(char)) keys.push(hashOf(char));
    }
    if (word) {
      if (wordStart === -1) wordStart = index;
      for (let unit = index; unit < index + width; unit += 1) hash = Math.imul(hash ^ text.charCodeAt(unit), fnvPrime);
    } else if (wordStart !== -1) {
      if (wordStart > 0 || wholeAtStart) keys.push(hash >>> 0);
      hash = fnvOffset;
      wordStart = -1;
    }
    index += width;
  }
  if (wordStart !== -1 && (wordStart > 0 || wholeAtStart) && wholeAtEnd) keys.push(hash >>> 0);
}

function hashOf(text: string): number {
  let hash = fnvOffset;
  for (let unit = 0; unit < text.length; unit += 1) hash = Math.imul(hash ^ text.charCodeAt(unit), fnvPrime);
  return hash >>> 0;
}

function distinctSorted(keys: number[]): Uint32Array {
  const sorted = Uint32Array.from(keys).sort();
  let kept = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[kept++] = sorted[index] as number;
  }
  return sorted.slice(0, kept);
}
