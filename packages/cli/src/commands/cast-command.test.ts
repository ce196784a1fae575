import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFountain } from '@reelkit/core/screenplay';
import { readCast } from '@reelkit/core/representation';
import type { CliIo } from '../cli-command.js';
import { castCommand } from './cast-command.js';

const script = [
  'Title: Harbour',
  '',
  '/* Cast',
  'MARA: gender female; age 60s // the keeper',
  '*/',
  '',
  'INT. KITCHEN - DAY',
  '',
  'MARA',
  'The lamp is out.',
  '',
  'TOM',
  'I know.',
  '',
  'Tom shrugs. He pours his tea.',
  '',
  'TOM',
  'I fixed it once.',
  '',
  'WAITRESS',
  'More tea?',
  '',
  'ZED',
  'No.',
  '',
].join('\n');

function recordIo(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, out, err };
}

let dir = '';
let path = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-cast-'));
  path = join(dir, 'harbour.fountain');
  await writeFile(path, script);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reelkit cast', () => {
  it('proposes a Cast block: declared lines kept, the rest by lines spoken, genders as proposals with their evidence', async () => {
    const { io, out } = recordIo();
    expect(await castCommand.run([path], io)).toBe(0);
    expect(out.join('')).toBe(
      [
        '/* Cast',
        'MARA: gender female; age 60s // the keeper',
        'TOM: gender male // proposed from she/her 0×, he/him 2× near their lines and mentions; the first name "tom" (confidence 0.87): check it',
        'WAITRESS: gender female // proposed from the word "waitress" (confidence 0.9): check it',
        'ZED: // 1 line; no evidence of gender: declare it, and age and groups if you wish',
        '*/',
        '',
      ].join('\n'),
    );
  });

  it('writes the block over the old one as one edit, which the report then reads (comments ignored)', async () => {
    const { io, out } = recordIo();
    expect(await castCommand.run([path, '--write'], io)).toBe(0);
    expect(out.join('')).toBe(`Wrote the Cast block into ${path}: 3 characters added, 2 with a proposed gender to check (see the // comments).\n`);
    const written = await readFile(path, 'utf8');
    expect(written.replace(/\/\* Cast[\s\S]*?\*\//, '')).toBe(script.replace(/\/\* Cast[\s\S]*?\*\//, ''));
    const cast = readCast(parseFountain(written));
    expect(cast.problems).toEqual([]);
    expect(cast.members.map((member) => [member.name, member.gender ?? null, member.age ?? null])).toEqual([
      ['MARA', 'female', '60s'],
      ['TOM', 'male', null],
      ['WAITRESS', 'female', null],
      ['ZED', null, null],
    ]);
  });

  it('refuses a file that is not a script, with no change (exit 3), and wrong calls (exit 2)', async () => {
    const binary = join(dir, 'frame.fountain');
    await writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const bad = recordIo();
    expect(await castCommand.run([binary, '--write'], bad.io)).toBe(3);
    expect(bad.err.join('')).toContain('is not UTF-8 text');
    const none = recordIo();
    expect(await castCommand.run([], none.io)).toBe(2);
    expect(none.err.join('')).toBe('reelkit cast: No script given.\nUsage: reelkit cast <script.fountain> [--write]\n');
  });

  it('writes the writer\'s own choices as declarations, without the proposal comments', async () => {
    const { proposeCast } = await import('@reelkit/core/representation');
    const screenplay = parseFountain(script);
    const { block } = proposeCast(script, screenplay, readCast(screenplay), new Map([['TOM', 'non-binary'], ['WAITRESS', null]]));
    expect(block).toBe(['/* Cast', 'MARA: gender female; age 60s // the keeper', 'TOM: gender non-binary', 'WAITRESS:', 'ZED: // 1 line; no evidence of gender: declare it, and age and groups if you wish', '*/'].join('\n'));
  });
});
