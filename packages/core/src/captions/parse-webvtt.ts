import type { CaptionCue } from './caption-cue.js';
import type { CaptionParseIssue, CaptionParseResult } from './caption-parse-result.js';
import { parseTimestamp } from './parse-timestamp.js';
import { splitCaptionBlocks } from './split-caption-blocks.js';
import { unescapeWebVttText } from './unescape-webvtt-text.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** A WebVTT file read: cues, the header text, notes with their lines, and issues. */
export interface WebVttParseResult extends CaptionParseResult {
  /** Text after `WEBVTT` on the first line. */
  readonly header: string;
  readonly notes: { readonly line: number; readonly text: string }[];
}

const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;

/**
 * Reads WebVTT leniently (BOM, CRLF, no final newline): the header, `NOTE` blocks, cue identifiers and settings;
 * `STYLE` and `REGION` blocks are skipped. Cue text comes back as plain lines (tags removed, entities decoded) and
 * a `<v Name>` voice becomes the cue's speaker. Blocks that are not cues are reported as issues with line numbers.
 */
export function parseWebVtt(text: string): WebVttParseResult {
  const cues: CaptionCue[] = [];
  const issues: CaptionParseIssue[] = [];
  const notes: { line: number; text: string }[] = [];
  const [first, ...blocks] = splitCaptionBlocks(text);
  const signature = first?.lines[0] ?? '';
  if (first === undefined || first.line !== 1 || !/^WEBVTT(?:[ \t]|$)/.test(signature)) {
    issues.push({ line: 1, message: 'A WebVTT file must start with "WEBVTT".' });
  }
  const header = /^WEBVTT[ \t]/.test(signature) ? signature.slice(7).trim() : '';
  // A file without a signature may still hold cues in its first block.
  const cueBlocks = first !== undefined && !signature.startsWith('WEBVTT') ? [first, ...blocks] : blocks;
  for (const block of cueBlocks) {
    const head = block.lines[0] ?? '';
    if (/^NOTE(?:[ \t]|$)/.test(head)) {
      notes.push({ line: block.line, text: [head.slice(5), ...block.lines.slice(1)].join('\n').trim() });
      continue;
    }
    if (/^(?:STYLE|REGION)[ \t]*$/.test(head)) continue;
    const timingIndex = head.includes('-->') ? 0 : 1;
    const timingLine = block.lines[timingIndex] ?? '';
    const line = block.line + timingIndex;
    const arrow = timingLine.indexOf('-->');
    if (arrow === -1) {
      issues.push({ line: block.line, message: `Expected a cue timing line like "00:00:01.000 --> 00:00:02.000" in "${head}".` });
      continue;
    }
    const [endText = '', ...settingParts] = timingLine.slice(arrow + 3).trim().split(/[ \t]+/);
    const start = parseTimestamp(timingLine.slice(0, arrow));
    const end = parseTimestamp(endText);
    if (start === undefined || end === undefined) {
      issues.push({ line, message: `The timing line "${timingLine.trim()}" has a malformed time.` });
      continue;
    }
    const payload = block.lines.slice(timingIndex + 1);
    const speaker = payload.map((payloadLine) => voice.exec(payloadLine)?.[1]?.trim()).find((name) => name !== undefined);
    const settings = settingParts.join(' ');
    cues.push({
      start,
      end,
      lines: payload.map(unescapeWebVttText),
      ...(timingIndex === 1 ? { id: head } : {}),
      ...(settings === '' ? {} : { settings }),
      ...omitUndefined({ speaker }),
    });
  }
  return { cues, issues, header, notes };
}
