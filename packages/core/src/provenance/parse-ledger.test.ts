import { describe, expect, it } from 'vitest';
import { parseLedger } from './parse-ledger.js';

const entry = (id: string): string => JSON.stringify({ v: 1, id, prev: '0'.repeat(64), time: '2026-01-01T00:00:00.000Z', type: 'event', actor: { type: 'human' }, action: 'c2pa.opened', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation' });

describe('parseLedger', () => {
  it('reads CRLF line ends and skips blank lines, counting UTF-8 bytes for offsets', () => {
    const text = `${entry('A')}\r\n\r\n${entry('É')}\r\n`;
    const parsed = parseLedger(text);
    expect(parsed.entries.map((item) => item.id)).toEqual(['A', 'É']);
    expect(parsed.lines.map((line) => [line.line, line.byteOffset])).toEqual([
      [1, 0],
      [3, entry('A').length + 4],
    ]);
    expect(parsed).toMatchObject({ intactLength: text.length, needsLineEnd: false });
    expect(parsed.torn).toBeUndefined();
  });

  it('sets a torn tail apart, byte offset included, and keeps what came before', () => {
    const head = `${entry('É')}\n`;
    const parsed = parseLedger(`${head}{"v":1,"id":"B","pr`);
    expect(parsed.entries.map((item) => item.id)).toEqual(['É']);
    expect(parsed.torn).toEqual({ line: 2, byteOffset: head.length + 1, text: '{"v":1,"id":"B","pr' });
    expect(parsed.intactLength).toBe(head.length);
  });

  it('keeps a complete last line without its line end, and a line-ended broken line as a problem, not a tear', () => {
    expect(parseLedger(entry('A'))).toMatchObject({ needsLineEnd: true, intactLength: entry('A').length });
    const parsed = parseLedger(`{"v":1\n${entry('A')}\n`);
    expect(parsed.torn).toBeUndefined();
    expect(parsed.lines[0]).toEqual({ line: 1, byteOffset: 0, value: undefined, problem: 'the line is not JSON' });
  });
});
