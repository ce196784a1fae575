import { describe, expect, it } from 'vitest';
import { foldCase } from './fold-case.js';
import { isWordChar } from './is-word-char.js';
import { hasAllKeys, patternKeys, textKeys } from './mention-keys.js';
import { compileMentionPatterns } from './mention-pattern.js';

const keysOf = (name: string): Uint32Array => patternKeys(compileMentionPatterns([{ id: 'x', name, aliases: [] }], 'smart')[0]!);

describe('mention keys', () => {
  it('case folding never changes whether a code point is a word character (keys rely on it)', () => {
    const changed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      const folded = foldCase(char);
      if (folded !== char && isWordChar(char) !== isWordChar(folded)) changed.push(codePoint.toString(16));
    }
    expect(changed).toEqual([]);
  });

  it('keys a name by the words it must match whole, and by its unspaced characters', () => {
    expect(keysOf('The Great Lens')).toEqual(textKeys('the great lens'));
    expect(keysOf("Mara's")).toEqual(textKeys('mara s'));
    expect(keysOf("'Tis")).toEqual(textKeys('tis'));
    // No boundary on an unspaced side: `林小雨` may sit inside a longer run, so only its characters are keys.
    expect(keysOf('林小雨')).toEqual(textKeys('林 小 雨'));
    expect(keysOf('🐉')).toEqual(new Uint32Array());
  });

  it('lets a text through only when it holds every key', () => {
    const text = textKeys(foldCase('Inside THE GREAT\n lens, 林小雨は東京へ'));
    expect(hasAllKeys(text, keysOf('The Great Lens'))).toBe(true);
    expect(hasAllKeys(text, keysOf('林小雨'))).toBe(true);
    expect(hasAllKeys(text, keysOf('Great Lenses'))).toBe(false);
    expect(hasAllKeys(text, keysOf('Mara'))).toBe(false);
    expect(hasAllKeys(text, keysOf('🐉'))).toBe(true);
  });
});
