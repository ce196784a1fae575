// The committed example of a signed ledger: `reelkit verify` accepts it as shipped, and rejects it when any one line
// of the ledger is changed. Its generator still makes a ledger that verifies.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../packages/cli/src/commands/verify-command.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(here, 'harbour-draft.fountain');

async function verify(...args: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const code = await verifyCommand.run(args, { stdout: (text) => out.push(text), stderr: (text) => out.push(text) });
  return { code, stdout: out.join('') };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-example-ledger-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('examples/provenance/harbour-draft.fountain', () => {
  it('verifies as committed: one signed checkpoint, ROSA\'s AI-written line counted in the AI share', async () => {
    const { code, stdout } = await verify(example);
    expect(code).toBe(0);
    expect(stdout).toContain('Entries:  3 (2 events, 1 checkpoint)');
    expect(stdout).toContain('Signed:   1 of 1 checkpoint valid');
    expect(stdout).toContain('AI share: 1% of words (17 of 1803): 17 AI-written, 1786 human-written');
    expect(stdout.trimEnd().endsWith('Verified.')).toBe(true);
  });

  it('fails when any one line of the ledger is changed', async () => {
    const ledger = await readFile(`${example}.ledger.jsonl`, 'utf8');
    const lines = ledger.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const [index, line] of lines.entries()) {
      // Change one character inside the line's first quoted value after its "id".
      const at = line.indexOf('"time":"2026-') + '"time":"2026-'.length;
      const changed = `${line.slice(0, at)}${line[at] === '1' ? '0' : '1'}${line.slice(at + 1)}`;
      expect(changed).not.toBe(line);
      const document = join(dir, 'harbour-draft.fountain');
      await copyFile(example, document);
      await writeFile(`${document}.ledger.jsonl`, `${lines.map((other, position) => (position === index ? changed : other)).join('\n')}\n`);
      const { code, stdout } = await verify(document);
      expect(code, `line ${index + 1} changed:\n${stdout}`).toBe(1);
      expect(stdout).not.toContain('Verified.');
    }
  });

  it('keeps counting the AI-written line after the writer edits it by hand', async () => {
    const document = join(dir, 'harbour-draft.fountain');
    const text = await readFile(example, 'utf8');
    await writeFile(document, text.replace('the boats will steer by the kitchen window', 'the boats will find their way'));
    await copyFile(`${example}.ledger.jsonl`, `${document}.ledger.jsonl`);
    const { code, stdout } = await verify(document);
    expect(code).toBe(0);
    expect(stdout).toContain('AI share: 1% of words (15 of 1801): 0 AI-written, 15 AI-written then edited (23% changed), 1786 human-written');
  });

  it('is made by make-signed-draft.ts, whose fresh output verifies too', async () => {
    const tsx = join(root, 'node_modules/.bin/tsx');
    await promisify(execFile)(tsx, ['--conditions=source', join(here, 'make-signed-draft.ts'), dir], { cwd: root, timeout: 60_000 });
    const { code, stdout } = await verify(join(dir, 'harbour-draft.fountain'));
    expect(code).toBe(0);
    expect(stdout).toContain('AI share: 1% of words (17 of 1803)');
    expect(await readFile(join(dir, 'harbour-draft.fountain'), 'utf8')).toBe(await readFile(example, 'utf8'));
  });

  it('is not fooled by unsigned entries appended to hide the AI text, and with --expect-head notices a ledger cut short', async () => {
    const ledger = await readFile(`${example}.ledger.jsonl`, 'utf8');
    const [, placement, checkpoint] = ledger.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string });
    const document = join(dir, 'harbour-draft.fountain');
    await copyFile(example, document);
    // A forger appends a well-chained but unsigned event claiming to revise the AI placement, so it would stop counting.
    const { canonicalJson, createRuntime } = await import('../../packages/core/src/runtime/index.js');
    const forged = { action: 'c2pa.edited', actor: { type: 'human' }, digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation', id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ', prev: await createRuntime().hasher.sha256(canonicalJson(checkpoint)), source: { entryId: placement?.id }, time: '2026-12-02T00:00:00.000Z', type: 'event', v: 1 };
    await writeFile(`${document}.ledger.jsonl`, `${ledger}${canonicalJson(forged)}\n`);
    const tampered = await verify(document);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('AI share: 1% of words (17 of 1803): 17 AI-written, 1786 human-written');
    expect(tampered.stdout).toContain(`warning unsigned-revision (line 4, entry 01ZZZZZZZZZZZZZZZZZZZZZZZZ): Entry 01ZZZZZZZZZZZZZZZZZZZZZZZZ says it revised the AI text of entry ${placement?.id}`);
    // Cutting the checkpoint off leaves a valid, shorter chain; the pinned head catches it.
    await writeFile(`${document}.ledger.jsonl`, `${ledger.trimEnd().split('\n').slice(0, 2).join('\n')}\n`);
    expect((await verify(document)).stdout).toContain('Signed:   0 of 0 checkpoints valid');
    const pinned = await verify(document, '--expect-head', checkpoint?.id ?? '');
    expect(pinned.code).toBe(1);
    expect(pinned.stdout).toContain(`error missing-head (line 2): The ledger lacks entry ${checkpoint?.id}, the last checkpoint you expect: entries were cut off its end, or it is another ledger.`);
  });
});
