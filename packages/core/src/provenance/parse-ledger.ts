import type { LedgerEntry } from './ledger-entry.js';
import { readLedgerEntry } from './read-ledger-entry.js';

/** One non-blank line of a ledger file, read. */
export interface LedgerLine {
  /** 1-based line number. */
  readonly line: number;
  /** UTF-8 byte offset of the line's first byte (what a file system tool shows). */
  readonly byteOffset: number;
  /** The parsed JSON; `undefined` when the line is not JSON. */
  readonly value: unknown;
  /** The entry, when the line is a valid one. */
  readonly entry?: LedgerEntry;
  /** Why the line is not an entry, when it is not. */
  readonly problem?: string;
}

/** A final line cut off mid-write: no line end and not parseable. Kept whole so nothing is silently dropped. */
export interface TornLine {
  readonly line: number;
  readonly byteOffset: number;
  /** The torn bytes, decoded. */
  readonly text: string;
}

/** A ledger file split into lines, with the torn tail (if any) set apart. */
export interface ParsedLedger {
  readonly lines: readonly LedgerLine[];
  readonly entries: readonly LedgerEntry[];
  readonly torn?: TornLine;
  /** Length (UTF-16) of the text up to the end of the last complete line: what recovery keeps. */
  readonly intactLength: number;
  /** True when the text is non-empty and does not end with a line end, so the next append must start one. */
  readonly needsLineEnd: boolean;
}

const encoder = new TextEncoder();

/** Splits ledger text into lines and reads each one; never throws. A `\r` before `\n` is tolerated. */
export function parseLedger(text: string): ParsedLedger {
  const lines: LedgerLine[] = [];
  let torn: TornLine | undefined;
  let byteOffset = 0;
  let start = 0;
  let lineNumber = 0;
  let intactLength = 0;
  while (start < text.length) {
    lineNumber += 1;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const value = parseJson(raw);
    if (newline === -1 && value === undefined && raw.trim() !== '') {
      torn = { line: lineNumber, byteOffset, text: text.slice(start) };
    } else {
      if (raw.trim() !== '') lines.push(readLine(lineNumber, byteOffset, value));
      intactLength = newline === -1 ? text.length : newline + 1;
    }
    byteOffset += encoder.encode(text.slice(start, end)).length + 1;
    start = end + 1;
  }
  const entries = lines.flatMap((line) => (line.entry === undefined ? [] : [line.entry]));
  const needsLineEnd = torn === undefined && text.length > 0 && !text.endsWith('\n');
  return torn === undefined ? { lines, entries, intactLength, needsLineEnd } : { lines, entries, torn, intactLength, needsLineEnd };
}

function readLine(line: number, byteOffset: number, value: unknown): LedgerLine {
  if (value === undefined) return { line, byteOffset, value, problem: 'the line is not JSON' };
  const read = readLedgerEntry(value);
  return 'entry' in read ? { line, byteOffset, value, entry: read.entry } : { line, byteOffset, value, problem: read.problem };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
