/** A block of consecutive non-blank lines and the 1-based number of its first line. */
export interface CaptionBlock {
  readonly line: number;
  readonly lines: string[];
}

/** Splits a caption file into blocks separated by blank lines, after removing a BOM; CRLF, CR and LF all end lines. */
export function splitCaptionBlocks(text: string): CaptionBlock[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: CaptionBlock[] = [];
  let current: CaptionBlock | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (current === undefined) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}
