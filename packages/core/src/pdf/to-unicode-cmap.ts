import { hex4 } from './pdf-syntax.js';

const cmapStart = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap'];
const cmapEnd = ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end'];

/**
 * A ToUnicode CMap: code `i` (`digits` hex digits: 2 or 4) maps to `unicodes[i]` (UTF-16BE hex; empty entries are
 * skipped), so text copied or extracted from the PDF is the script's text.
 */
export function toUnicodeCMap(unicodes: readonly string[], digits: 2 | 4): string {
  const entries: string[] = [];
  unicodes.forEach((unicode, code) => {
    if (unicode !== '') entries.push(`<${hex4(code).slice(4 - digits)}> <${unicode}>`);
  });
  const blocks: string[] = [];
  // A bfchar block holds at most 100 entries.
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  const range = digits === 2 ? '<00> <FF>' : '<0000> <FFFF>';
  return [
    ...cmapStart,
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    `1 begincodespacerange\n${range}\nendcodespacerange`,
    ...blocks,
    ...cmapEnd,
  ].join('\n');
}

/** An encoding CMap of one-byte codes, each the CID (= subset glyph) of the same number. */
export function oneByteCMap(): string {
  return [
    ...cmapStart,
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def',
    '/CMapName /Reelkit-OneByte def',
    '/CMapType 1 def',
    '1 begincodespacerange\n<00> <FF>\nendcodespacerange',
    '1 begincidrange\n<00> <FF> 0\nendcidrange',
    ...cmapEnd,
  ].join('\n');
}
