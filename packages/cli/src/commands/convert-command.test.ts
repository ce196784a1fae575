import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command.js';
import { cliCommands } from './index.js';
import { convertCommand } from './convert-command.js';

function recordIo(): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, stdout: () => out.join(''), stderr: () => err.join('') };
}

const script = 'Title: Tide\n\nINT. DOCK - DAWN #1#\n\nThe fog *lifts*.\n\nMARA\nWe leave.\n\nJON ^\nNow?\n\n/* cut */\n';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-convert-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = recordIo();
  const code = await convertCommand.run(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('reelkit convert', () => {
  it('is listed among the commands', () => {
    expect(cliCommands.map((command) => command.name)).toContain('convert');
  });

  it('converts Fountain to an .fdx beside it, and that back to the same Fountain', async () => {
    const fountain = join(dir, 'tide.fountain');
    await writeFile(fountain, script);
    expect(await run(fountain)).toEqual({
      code: 0,
      stdout: `Wrote ${join(dir, 'tide.fdx')} (1 note above).\n`,
      stderr: `reelkit convert: ${fountain}:13: A boneyard passage was left out: boneyard is not part of the script.\n`,
    });
    const fdx = await readFile(join(dir, 'tide.fdx'), 'utf8');
    expect(fdx).toContain('<Paragraph Number="1" Type="Scene Heading">');
    expect(fdx).toContain('<Text Style="Italic">lifts</Text>');
    expect(fdx).toContain('<DualDialogue>');

    const back = join(dir, 'back.fountain');
    expect(await run(join(dir, 'tide.fdx'), '--out', back)).toEqual({ code: 0, stdout: `Wrote ${back}.\n`, stderr: '' });
    expect(await readFile(back, 'utf8')).toBe(script.replace('/* cut */\n', '').replace(/\n\n$/, '\n'));
  });

  it('never overwrites an existing file unless --force is given', async () => {
    const fountain = join(dir, 'tide.spmd');
    const target = join(dir, 'tide.fdx');
    await writeFile(fountain, 'INT. DOCK - DAWN\n\nFog.\n');
    await writeFile(target, 'mine');
    expect(await run(fountain)).toEqual({ code: 3, stdout: '', stderr: `reelkit convert: ${target} exists; pass --force to replace it, or --out <file> to write elsewhere.\n` });
    expect(await readFile(target, 'utf8')).toBe('mine');
    expect((await run(fountain, '--force')).code).toBe(0);
    expect(await readFile(target, 'utf8')).toContain('<Text>Fog.</Text>');
  });

  it('exits 3 with a clear message for input it cannot read or that is not a script', async () => {
    const folder = join(dir, 'folder.fdx');
    await mkdir(folder);
    const broken = join(dir, 'broken.fdx');
    await writeFile(broken, '<FinalDraft><Content><Paragraph Type="Action"><Text>cut off');
    const svg = join(dir, 'picture.fdx');
    await writeFile(svg, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const latin1 = join(dir, 'old.txt');
    await writeFile(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const empty = join(dir, 'empty.fountain');
    await writeFile(empty, '\n');
    const cases: [string, string][] = [
      [join(dir, 'missing.fountain'), `cannot read ${join(dir, 'missing.fountain')}: no such file.`],
      [folder, `cannot read ${folder}: it is a folder, not a file.`],
      [broken, `${broken}: The file is not well-formed XML: unclosed tag: Text (line 1, column 60). The file is damaged or cut short: open it in Final Draft and save it again, or export a fresh copy.`],
      [svg, `${svg}: The file is XML but not a Final Draft script: its root element is <svg>, not <FinalDraft>. Choose a .fdx file saved by Final Draft (or by an app that exports Final Draft files).`],
      [latin1, `${latin1} is not UTF-8 text (byte 4 of 5 is not part of a UTF-8 character); reelkit convert reads Fountain (.fountain) and Final Draft (.fdx) files: save it as UTF-8 plain text.`],
      [empty, `${empty} is empty; there is nothing to convert.`],
    ];
    for (const [path, message] of cases) {
      expect(await run(path)).toEqual({ code: 3, stdout: '', stderr: `reelkit convert: ${message}\n` });
    }
  });

  it('exits 2 for wrong usage', async () => {
    const hint = 'Usage: reelkit convert <script.fountain|script.fdx> [--out <file>] [--force]\n';
    const cases: [string[], string][] = [
      [[], 'No script given.'],
      [['a.fountain', 'b.fountain'], 'One file at a time; got 2.'],
      [['notes.docx'], 'Cannot tell what notes.docx is: name a Fountain file (.fountain, .spmd, .txt) or a Final Draft file (.fdx).'],
      [['a.fountain', '--out', 'b.fountain'], '--out b.fountain: a Fountain file converts to .fdx.'],
      [['a.fdx', '--out', 'b.fdx'], '--out b.fdx: a Final Draft file converts to .fountain, .spmd or .txt.'],
    ];
    for (const [args, message] of cases) {
      expect(await run(...args)).toEqual({ code: 2, stdout: '', stderr: `reelkit convert: ${message}\n${hint}` });
    }
    const unknown = await run('a.fountain', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('prints its help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes: 0 converted, 2 wrong usage, 3 the input cannot be read or is not a script, or the output exists.\n');
  });
});
