import { isBlankLine, lineContentEnd, lineStart, type LineTable } from './line-table.js';

/** A title page entry by clean offsets. */
export interface DraftTitleEntry {
  key: string;
  values: string[];
  start: number;
  end: number;
}

const keyLine = /^([\p{L}\p{N}][\p{L}\p{N} _'-]*?)[ \t]*[:：](.*)$/u;

/**
 * Reads the title page from the first lines: `Key: value` lines and indented (tab or 3+ spaces)
 * continuation lines up to the first blank line. Any other line means there is no title page. A lone
 * upper-case key with no value (`FADE IN:`) is a transition-like opening, not a title page.
 */
export function parseTitlePage(clean: string, lines: LineTable): { entries: DraftTitleEntry[]; lineCount: number } {
  const entries: DraftTitleEntry[] = [];
  let index = 0;
  for (; index < lines.count; index += 1) {
    if (isBlankLine(lines, index)) break;
    const line = { start: lineStart(lines, index), content: clean.slice(lineStart(lines, index), lineContentEnd(lines, index)) };
    const match = keyLine.exec(line.content);
    const last = entries[entries.length - 1];
    if (match && !/^\s/.test(line.content)) {
      const value = (match[2] ?? '').trim();
      entries.push({ key: (match[1] ?? '').trim(), values: value === '' ? [] : [value], start: line.start, end: line.start + line.content.trimEnd().length });
    } else if (last && (line.content.startsWith('\t') || line.content.startsWith('   '))) {
      last.values.push(line.content.trim());
      last.end = line.start + line.content.trimEnd().length;
    } else return { entries: [], lineCount: 0 };
  }
  const only = entries[0];
  if (!only) return { entries: [], lineCount: 0 };
  if (entries.length === 1 && only.values.length === 0 && !/\p{Ll}/u.test(only.key)) return { entries: [], lineCount: 0 };
  return { entries, lineCount: index };
}
