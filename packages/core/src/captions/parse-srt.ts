import type { CaptionCue } from './caption-cue.js';
import type { CaptionParseIssue, CaptionParseResult } from './caption-parse-result.js';
import { parseTimestamp } from './parse-timestamp.js';
import { splitCaptionBlocks } from './split-caption-blocks.js';

// The common SRT formatting tags and ASS-style overrides (`{\an8}`); other `<` text is kept as written.
const formatting = /<\/?(?:i|b|u|s|font)(?:\s[^>]*)?>|\{\\[^}]*\}/gi;

/**
 * Reads SubRip leniently: a BOM, CRLF, a missing final newline, a missing cue number, `.` for `,` and extra
 * coordinates after the times are all accepted; formatting tags are removed. A block without a valid timing line is
 * reported as an issue with its line number and skipped.
 */
export function parseSrt(text: string): CaptionParseResult {
  const cues: CaptionCue[] = [];
  const issues: CaptionParseIssue[] = [];
  for (const block of splitCaptionBlocks(text)) {
    const timingIndex = /^\s*\d+\s*$/.test(block.lines[0] ?? '') && block.lines.length > 1 ? 1 : 0;
    const timingLine = block.lines[timingIndex] ?? '';
    const line = block.line + timingIndex;
    const arrow = timingLine.indexOf('-->');
    if (arrow === -1) {
      issues.push({ line, message: `Expected a timing line like "00:00:01,000 --> 00:00:02,000", found "${timingLine.trim()}".` });
      continue;
    }
    const start = parseTimestamp(timingLine.slice(0, arrow));
    const end = parseTimestamp(timingLine.slice(arrow + 3).trim().split(/\s+/)[0] ?? '');
    if (start === undefined || end === undefined) {
      issues.push({ line, message: `The timing line "${timingLine.trim()}" has a malformed time.` });
      continue;
    }
    if (end < start) issues.push({ line, message: `The cue ends before it starts ("${timingLine.trim()}").` });
    const lines = block.lines.slice(timingIndex + 1).map((textLine) => textLine.replace(formatting, ''));
    cues.push({ start, end, lines });
  }
  return { cues, issues };
}
