import type { PrintedLine } from '../pagination/printed-page.js';
import type { PdfFontStyle } from './pdf-font-source.js';

/** A stretch of a printed line in one style: its text, the face it needs, whether it is underlined. */
export interface StyledSegment {
  readonly text: string;
  readonly style: PdfFontStyle;
  readonly underline: boolean;
}

const plain = (text: string): StyledSegment => ({ text, style: 'regular', underline: false });

/** Splits a line at every emphasis boundary; overlapping runs combine (bold inside italic is bold-italic). */
export function styledSegments(line: Pick<PrintedLine, 'text' | 'emphasis'>): StyledSegment[] {
  if (line.emphasis.length === 0) return [plain(line.text)];
  const cuts = new Set([0, line.text.length]);
  for (const run of line.emphasis) {
    cuts.add(run.start);
    cuts.add(run.end);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= line.text.length).sort((first, second) => first - second);
  const segments: StyledSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    let bold = false;
    let italic = false;
    let underline = false;
    for (const run of line.emphasis) {
      if (run.start > start || run.end < end) continue;
      if (run.style === 'bold' || run.style === 'bold-italic') bold = true;
      if (run.style === 'italic' || run.style === 'bold-italic') italic = true;
      if (run.style === 'underline') underline = true;
    }
    const style: PdfFontStyle = bold && italic ? 'bold-italic' : bold ? 'bold' : italic ? 'italic' : 'regular';
    segments.push({ text: line.text.slice(start, end), style, underline });
  }
  return segments;
}
