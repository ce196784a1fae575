// Unicode East_Asian_Width: the main Wide (W) and Fullwidth (F) ranges, as [first, last] code points. Courier sets
// these two columns wide, and Final Draft wraps them so; Ambiguous (A) characters stay one column, as in a Western
// context.
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b], // watch, hourglass
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x2fffd], // CJK extensions B to F, compatibility supplement
  [0x30000, 0x3fffd], // CJK extensions G and later
];

// Characters that take no column: combining marks, zero-width spaces and joiners, variation selectors.
const zeroWidthRanges: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
];

function inRanges(codePoint: number, ranges: readonly (readonly [number, number])[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as readonly [number, number];
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes in Courier: 2 for East Asian wide and full-width characters, 0 for marks, else 1. */
export function characterColumns(codePoint: number): number {
  if (codePoint < 0x300) return 1;
  if (inRanges(codePoint, zeroWidthRanges)) return 0;
  return inRanges(codePoint, wideRanges) ? 2 : 1;
}

/** Columns a line of text takes in Courier (full-width characters count 2). */
export function textColumns(text: string): number {
  let columns = 0;
  for (const character of text) columns += characterColumns(character.codePointAt(0) ?? 0);
  return columns;
}
