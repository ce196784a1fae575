import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command.js';
import { createReportCommand } from './report-command.js';

function recordIo(): { stdout: string[]; stderr: string[]; io: CliIo } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, io: { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) } };
}

const command = createReportCommand({ isStderrTerminal: () => false });
const script = [
  'Title: Two Sisters',
  '',
  '/* Cast',
  'ANN: gender female; age 30s',
  'BETH: gender female; age 20s',
  'BOB: gender male',
  '*/',
  '',
  'INT. KITCHEN - DAY',
  '',
  'ANN, tired, stirs the soup. A policeman knocks.',
  '',
  'ANN',
  'Did he call?',
  '',
  'BETH',
  'Bob never calls.',
  '',
  'BOB',
  'I called twice.',
  '',
].join('\n');

let dir: string;
let scriptPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-report-'));
  scriptPath = join(dir, 'sisters.fountain');
  await writeFile(scriptPath, script);
});

describe('reelkit report', () => {
  it('prints the summary, writes the HTML beside the script and says where', async () => {
    const { io, stdout, stderr } = recordIo();
    expect(await command.run([scriptPath], io)).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout.join('')).toBe(
      [
        'Two Sisters: 1 scene, 1 page, 3 speaking characters, 9 words of dialogue',
        '',
        'Character  Gender  Lines  Words  Share  Scenes',
        'ANN        female      1      3  33.3%       1',
        'BETH       female      1      3  33.3%       1',
        'BOB        male        1      3  33.3%       1',
        '',
        'Dialogue share by gender: female 66.7%, male 33.3%',
        '  counting only characters with 100+ words: female 0.0%, male 0.0%',
        '',
        'Bechdel–Wallace: FAIL (1 pass, 2 pass, 3 fail)',
        '  1. Named women who speak: ANN, BETH.',
        '  2. 1 exchange between named women in 1 scene.',
        '  3. Every exchange mentions a man (he, bob).',
        '',
        'Findings: 2',
        '  script  info    rep.bechdel-fail  The script does not pass the Bechdel–Wallace test: step 3 fails. Every exchange mentions a man (he, bob).',
        '  11:31   warning lang.gendered-job-title  “policeman”: Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype. Try: police officer.',
        '',
        `HTML report: ${join(dir, 'sisters.report.html')}`,
        '',
      ].join('\n'),
    );
    const html = await readFile(join(dir, 'sisters.report.html'), 'utf8');
    expect(html).toContain('<title>Two Sisters — Reelkit report</title>');
    expect(html).not.toMatch(/https?:|<script|<link/);
  });

  it('prints JSON with the documented fields and writes no HTML unless --out is given', async () => {
    const { io, stdout } = recordIo();
    expect(await command.run([scriptPath, '--json'], io)).toBe(0);
    const report = JSON.parse(stdout.join('')) as Record<string, unknown> & { characters: Record<string, unknown>[]; bechdel: Record<string, unknown>; findings: Record<string, unknown>[] };
    expect(report.scenes).toBe(1);
    expect(report.characters[0]).toMatchObject({ name: 'ANN', lines: 1, words: 3, scenes: 1, gender: { value: 'female', source: 'declared', confidence: 1 } });
    expect(Object.keys(report.bechdel)).toEqual(expect.arrayContaining(['pass', 'steps', 'evidence']));
    expect(report.findings[1]).toMatchObject({ ruleId: 'lang.gendered-job-title', range: { start: { line: 10, column: 30, offset: 156 } } });
    expect(Array.isArray(report.groups)).toBe(true);
    await expect(readFile(join(dir, 'sisters.report.html'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('exits 1 when a --fail-on threshold is met and names it', async () => {
    const { io, stderr } = recordIo();
    expect(await command.run([scriptPath, '--json', '--fail-on', 'bechdel,lang.*', '--fail-on', 'error'], io)).toBe(1);
    expect(stderr).toEqual(['reelkit report: --fail-on bechdel: the script does not pass the Bechdel–Wallace test.\n', 'reelkit report: --fail-on lang.*: 1 finding.\n']);
  });

  it('does not fail --fail-on bechdel on a script with no known genders, and says how to decide it', async () => {
    const undeclared = join(dir, 'undeclared.fountain');
    await writeFile(undeclared, 'INT. KITCHEN - DAY\n\nANN\nThe soup is cold.\n\nBETH\nThe stove is broken.\n');
    const { io, stdout, stderr } = recordIo();
    expect(await command.run([undeclared, '--fail-on', 'bechdel', '--out', join(dir, 'undeclared.html')], io)).toBe(0);
    expect(stderr).toEqual([]);
    const text = stdout.join('');
    expect(text).toContain('Bechdel–Wallace: UNDETERMINED (1 fail, 2 fail, 3 fail)\n  2 speaking characters have no known gender: declare a Cast block after the title page, or run with --infer-gender.');
    expect(text).toContain('rep.bechdel-undetermined');
  });

  it('exits 0 when no threshold is met', async () => {
    const { io } = recordIo();
    expect(await command.run([scriptPath, '--json', '--fail-on', 'error', '--fail-on', 'lang.ableist'], io)).toBe(0);
  });

  it('exits 3 with a clear message for a missing file, a folder, a binary file, a Latin-1 file and text that is not Fountain', async () => {
    await writeFile(join(dir, 'image.fountain'), new Uint8Array([137, 80, 78, 71, 0, 0, 1]));
    await writeFile(join(dir, 'nul.fountain'), 'INT. A - DAY\u0000\n');
    await writeFile(join(dir, 'latin1.fountain'), new Uint8Array([...new TextEncoder().encode('INT. CAF'), 0xc9, 0x0a]));
    await writeFile(join(dir, 'notes.txt'), 'Just a shopping list.\nMilk.\n');
    const cases: [string, string][] = [
      [join(dir, 'missing.fountain'), `reelkit report: cannot read ${join(dir, 'missing.fountain')}: no such file.\n`],
      [dir, `reelkit report: cannot read ${dir}: it is a folder, not a file.\n`],
      [join(dir, 'image.fountain'), `reelkit report: ${join(dir, 'image.fountain')} is not UTF-8 text (byte 1 of 7 is not part of a UTF-8 character); reelkit report reads Fountain screenplays: save it as UTF-8 plain text.\n`],
      [join(dir, 'nul.fountain'), `reelkit report: ${join(dir, 'nul.fountain')} is not a text file; reelkit report reads Fountain screenplays.\n`],
      [join(dir, 'latin1.fountain'), `reelkit report: ${join(dir, 'latin1.fountain')} is not UTF-8 text (byte 9 of 10 is not part of a UTF-8 character); reelkit report reads Fountain screenplays: save it as UTF-8 plain text.\n`],
      [join(dir, 'notes.txt'), `reelkit report: ${join(dir, 'notes.txt')} has no scene headings and no dialogue; is it a Fountain screenplay?\n`],
    ];
    for (const [path, message] of cases) {
      const { io, stderr } = recordIo();
      expect(await command.run([path], io)).toBe(3);
      expect(stderr).toEqual([message]);
    }
  });

  it('exits 2 for wrong usage', async () => {
    const cases: [string[], string][] = [
      [[], 'reelkit report: No script given.\n'],
      [['a.fountain', 'b.fountain'], 'reelkit report: One file at a time; got 2.\n'],
      [[scriptPath, '--fail-on', 'Everything!'], 'reelkit report: --fail-on Everything!: expected bechdel, info, warning, error, a rule id or a prefix such as lang.*.\n'],
    ];
    for (const [args, message] of cases) {
      const { io, stderr } = recordIo();
      expect(await command.run(args, io)).toBe(2);
      expect(stderr).toEqual([`${message}Run 'reelkit report --help' for usage.\n`]);
    }
    const { io, stderr } = recordIo();
    expect(await command.run([scriptPath, '--frobnicate'], io)).toBe(2);
    expect(stderr.join('')).toContain("Unknown option '--frobnicate'");
  });

  it('never overwrites a file it did not write, unless --out names it', async () => {
    const mine = join(dir, 'sisters.report.html');
    await writeFile(mine, '<p>my own notes</p>');
    const { io, stderr } = recordIo();
    expect(await command.run([scriptPath], io)).toBe(3);
    expect(stderr).toEqual([`reelkit report: ${mine} exists and was not written by reelkit report; pass --out <file> to choose where to write.\n`]);
    expect(await readFile(mine, 'utf8')).toBe('<p>my own notes</p>');

    expect(await command.run([scriptPath, '--out', mine], recordIo().io)).toBe(0);
    expect(await readFile(mine, 'utf8')).toContain('<meta name="generator" content="reelkit report">');
    // Its own earlier report is replaced without asking.
    expect(await command.run([scriptPath], recordIo().io)).toBe(0);
  });

  it('shows progress on stderr when asked', async () => {
    const { io, stderr } = recordIo();
    expect(await command.run([scriptPath, '--json', '--progress'], io)).toBe(0);
    expect(stderr).toEqual(['reelkit report: cast 1/1\n', 'reelkit report: representation 1/1\n', 'reelkit report: bechdel 1/1\n', 'reelkit report: language 1/1\n']);
  });

  it('marks inferred genders as inferred, with their confidence', async () => {
    const unlabelled = join(dir, 'unlabelled.fountain');
    await writeFile(unlabelled, 'INT. GARAGE - DAY\n\nZeb wipes his hands. He sighs.\n\nZEB\nDead battery.\n');
    const { io, stdout } = recordIo();
    expect(await command.run([unlabelled, '--infer-gender', '--out', join(dir, 'u.html')], io)).toBe(0);
    expect(stdout.join('')).toContain('ZEB        male (inferred, 0.67)      1      2  100.0%       1');
  });
});
