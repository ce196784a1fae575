import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command.js';
import { breakdownCommand } from './breakdown-command.js';

const script = ['INT. KITCHEN - NIGHT', '', 'ANN stirs. CAL watches.', '', 'ANN', 'Taste.', '', 'EXT. YARD, BACK - DAY', '', 'CAL', 'Go.', ''].join('\n');

function recordIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, out, err };
}

describe('reelkit breakdown', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reelkit-breakdown-'));
    path = join(dir, 'kitchen.fountain');
    await writeFile(path, script);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('prints the scenes as CSV by default', async () => {
    const { io, out, err } = recordIo();
    expect(await breakdownCommand.run([path], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toBe(
      'Scene,INT/EXT,Location,Time,Eighths,Pages,Speaking cast,Silent cast,Heading,Line\r\n' +
        '1,INT,KITCHEN,NIGHT,1,1/8,ANN,CAL,INT. KITCHEN - NIGHT,1\r\n' +
        '2,EXT,"YARD, BACK",DAY,1,1/8,CAL,,"EXT. YARD, BACK - DAY",8\r\n',
    );
  });

  it('writes the table chosen with --by to the --out file and says what it wrote', async () => {
    const { io, out } = recordIo();
    const csv = join(dir, 'characters.csv');
    expect(await breakdownCommand.run([path, '--by', 'characters', '--out', csv], io)).toBe(0);
    expect(await readFile(csv, 'utf8')).toBe('Character,Scenes,Speaking scenes,Eighths,Pages,First scene,Last scene\r\nCAL,2,1,2,2/8,1,2\r\nANN,1,1,1,1/8,1,1\r\n');
    expect(out.join('')).toBe(`Wrote the breakdown by characters of ${path} to ${csv}: 2 scenes; lengths from 1 US Letter page as Final Draft sets them, 54 lines a page.\n`);
  });

  it('refuses a table it does not have, and a script it cannot read, with the usual exit codes', async () => {
    const wrong = recordIo();
    expect(await breakdownCommand.run([path, '--by', 'props'], wrong.io)).toBe(2);
    expect(wrong.err.join('')).toContain('--by takes scenes, locations or characters, not "props".');
    const missing = recordIo();
    expect(await breakdownCommand.run([join(dir, 'nope.fountain')], missing.io)).toBe(3);
    expect(missing.err.join('')).toMatch(/^reelkit breakdown: /u);
  });
});
