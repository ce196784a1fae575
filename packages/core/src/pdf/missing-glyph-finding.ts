import type { Finding } from '../findings/finding.js';
import type { Screenplay } from '../screenplay/screenplay.js';

/** Rule id of the finding for characters no font of the export can draw. */
export const missingGlyphRuleId = 'pdf.missing-glyph';

const shownAtMost = 20;

function describe(codePoint: number): string {
  return `${String.fromCodePoint(codePoint)} (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * One finding naming the characters no font had, where the first one is, and how to fix it; none when every
 * character was drawn. The characters are in the PDF's text all the same (copy and search find them).
 */
export function missingGlyphFinding(missing: ReadonlySet<number>, firstElement: ReadonlyMap<number, number | undefined>, screenplay: Screenplay): Finding[] {
  if (missing.size === 0) return [];
  const codePoints = [...missing].sort((first, second) => first - second);
  const shown = codePoints.slice(0, shownAtMost).map(describe).join(', ');
  const more = codePoints.length > shownAtMost ? ` and ${codePoints.length - shownAtMost} more` : '';
  const count = codePoints.length === 1 ? 'a character' : `${codePoints.length} characters`;
  const firstPlace = codePoints.map((codePoint) => firstElement.get(codePoint)).find((element) => element !== undefined);
  const range = firstPlace === undefined ? undefined : screenplay.elements[firstPlace]?.range;
  return [
    {
      ruleId: missingGlyphRuleId,
      category: 'format',
      severity: 'warning',
      message: `No font in the PDF has ${count} of the script: ${shown}${more}. ${codePoints.length === 1 ? 'It prints' : 'They print'} as an empty box (the text still copies out of the PDF).`,
      evidence: codePoints.map((codePoint) => String.fromCodePoint(codePoint)).join(''),
      suggestion: 'Export again with a font that has these characters (a .ttf, .otf or .ttc file, such as the Noto font for the script).',
      ...(range === undefined ? {} : { range }),
    },
  ];
}
