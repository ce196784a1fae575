import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerRecorder, createMemoryLedgerStore, createMemorySigningKeyStore, createPromptKey, digitalSourceTypes, loadLedgerSigner } from '@reelkit/core/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import type { CliIo } from '../cli-command.js';
import { verifyCommand } from './verify-command.js';

const script = 'Title: Tide\n\nINT. DOCK - DAWN\n\nThe fog lifts.\n\nMARA\nWe leave when the tide turns.\n\nEXT. SEA - DAY\n\nWaves.\n';
const line = 'We leave when the tide turns.';

function recordIo(): { io: CliIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text) }, stdout: () => out.join(''), stderr: () => err.join('') };
}

let dir = '';
let file = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reelkit-verify-'));
  file = join(dir, 'tide.fountain');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the script and a ledger with one human event and one AI line, signed; returns ids and key id. */
async function writeFixture(): Promise<{ humanId: string; aiId: string; checkpointId: string; keyId: string }> {
  let time = Date.UTC(2026, 0, 1);
  const runtime = createRuntime({ now: () => (time += 1000) });
  const store = createMemoryLedgerStore();
  const signingKeys = createMemorySigningKeyStore();
  const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle), signingKeys, checkpointEvery: 0 });
  const { entryId: humanId } = await recorder.recordEvent({ actor: { type: 'human' }, action: 'c2pa.created', digitalSourceType: digitalSourceTypes.digitalCreation });
  const start = script.indexOf(line);
  const { entryId: aiId } = await recorder.record({ task: 'dialogue', provider: 'openai', model: 'gpt-4.1-mini', prompt: 'p', output: line, placement: { document: script, start, end: start + line.length } });
  await recorder.checkpoint();
  const text = store.text() ?? '';
  const checkpointId = (JSON.parse(text.trimEnd().split('\n').at(-1) ?? '{}') as { id: string }).id;
  await writeFile(file, script);
  await writeFile(`${file}.ledger.jsonl`, text);
  return { humanId, aiId, checkpointId, keyId: (await loadLedgerSigner(signingKeys, runtime.subtle)).keyId };
}

describe('reelkit verify', () => {
  it('prints a summary and exits 0 when the ledger and the document agree', async () => {
    const { keyId } = await writeFixture();
    const { io, stdout, stderr } = recordIo();
    expect(await verifyCommand.run([file], io)).toBe(0);
    expect(stderr()).toBe('');
    expect(stdout()).toBe(
      [
        `Document: ${file}`,
        `Ledger:   ${file}.ledger.jsonl`,
        'Entries:  3 (2 events, 1 checkpoint)',
        `Signed:   1 of 1 checkpoint valid (key ${keyId})`,
        'AI share: 32% of words (6 of 19): 6 AI-written, 13 human-written',
        'Sections with AI text:',
        '  int-dock-dawn  46% of 13 words',
        'Verified.',
        '',
      ].join('\n'),
    );
  });

  it('names each issue by entry id and exits 1 when the document lost an AI span and the ledger was tampered with', async () => {
    const { humanId, aiId, checkpointId, keyId } = await writeFixture();
    const ledgerPath = `${file}.ledger.jsonl`;
    const tampered = (await readFile(ledgerPath, 'utf8')).replace('"type":"human"', '"type":"tool"');
    await writeFile(ledgerPath, tampered);
    await writeFile(file, script.replace(`${line}\n`, 'Not yet.\n'));
    const { io, stdout } = recordIo();
    expect(await verifyCommand.run([file], io)).toBe(1);
    // The checkpoint signs line 2, which still holds the hash of the original line 1: the changed line shows as the
    // broken link into line 2, and the signature stays valid.
    expect(stdout().split('\n').slice(3)).toEqual([
      'Signed:   1 of 1 checkpoint valid (key ' + keyId + ')',
      'AI share: 0% of words (0 of 15): 0 AI-written, 15 human-written',
      'Issues (2):',
      `  error broken-link (line 2, entry ${aiId}): Entry ${aiId} does not link to the hash of line 1: the entry before it was changed, removed or reordered.`,
      `  warning missing-span (line 2, entry ${aiId}): The AI text of entry ${aiId} ("We leave when the tide turns.") is no longer in the document.`,
      'Not verified: 1 error, 1 warning.',
      '',
    ]);
    await writeFile(ledgerPath, tampered.replace(`"id":"${checkpointId}"`, `"id":"${checkpointId}X"`));
    const again = recordIo();
    expect(await verifyCommand.run([file], again.io)).toBe(1);
    expect(again.stdout()).toContain(`  error bad-signature (line 3, entry ${checkpointId}X): Checkpoint ${checkpointId}X has a signature that does not verify: the checkpoint or the history it covers was changed.\n`);
    expect(humanId).not.toBe(aiId);
  });

  it('prints JSON with --json and honours --ledger', async () => {
    await writeFixture();
    const elsewhere = join(dir, 'elsewhere.jsonl');
    await writeFile(elsewhere, await readFile(`${file}.ledger.jsonl`, 'utf8'));
    await rm(`${file}.ledger.jsonl`);
    const { io, stdout } = recordIo();
    expect(await verifyCommand.run([file, '--ledger', elsewhere, '--json'], io)).toBe(0);
    const report = JSON.parse(stdout()) as { ledger: string; verification: { ok: boolean; entries: number }; share: { words: unknown } };
    expect(report.ledger).toBe(elsewhere);
    expect(report.verification).toMatchObject({ ok: true, entries: 3 });
    expect(report.share.words).toEqual({ total: 19, ai: 6, aiEdited: 0, human: 13 });
  });

  it('says clearly when the ledger is missing (exit 1) and rejects bad calls (exit 2)', async () => {
    await writeFile(file, script);
    const missing = recordIo();
    expect(await verifyCommand.run([file], missing.io)).toBe(1);
    expect(missing.stderr()).toBe(`reelkit verify: No provenance ledger at ${file}.ledger.jsonl. Nothing about ${file} can be verified; pass --ledger <path> if it is elsewhere.\n`);
    const none = recordIo();
    expect(await verifyCommand.run([], none.io)).toBe(2);
    expect(none.stderr()).toBe('reelkit verify: Name the document to verify.\nUsage: reelkit verify <file> [--ledger <path>] [--trust <key id>]... [--expect-head <checkpoint id>] [--json]\n');
    const unknown = recordIo();
    expect(await verifyCommand.run([file, '--frobnicate'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain("Unknown option '--frobnicate'");
    const nowhere = recordIo();
    expect(await verifyCommand.run([join(dir, 'nope.fountain')], nowhere.io)).toBe(2);
    expect(nowhere.stderr()).toContain(`No such document: ${join(dir, 'nope.fountain')}`);
  });

  it('fails a ledger signed by a key that is not trusted', async () => {
    await writeFixture();
    const { io, stdout } = recordIo();
    expect(await verifyCommand.run([file, '--trust', 'some-other-key'], io)).toBe(1);
    expect(stdout()).toContain('error untrusted-key');
  });

  it('says a folder is not a document (exit 2), with no stack trace', async () => {
    const folder = recordIo();
    expect(await verifyCommand.run([dir], folder.io)).toBe(2);
    expect(folder.stderr()).toBe(`reelkit verify: ${dir} is a folder, not a file: name the document whose ledger to verify.\nUsage: reelkit verify <file> [--ledger <path>] [--trust <key id>]... [--expect-head <checkpoint id>] [--json]\n`);
  });

  it('never says "Verified." for an empty ledger, and checks a media file\'s ledger without text spans', async () => {
    const png = join(dir, 'frame.png');
    await writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await writeFile(`${png}.ledger.jsonl`, '');
    const empty = recordIo();
    expect(await verifyCommand.run([png], empty.io)).toBe(1);
    expect(empty.stdout()).toBe(
      [
        `Document: ${png} (not text: its ledger is checked; AI text spans apply to text documents)`,
        `Ledger:   ${png}.ledger.jsonl`,
        'Entries:  0 (0 events, 0 checkpoints)',
        'Signed:   0 of 0 checkpoints valid',
        'Issues (1):',
        '  error empty-ledger (line 1): The ledger has no entries: it records nothing about the document, so nothing can be verified.',
        'Not verified: 1 error, 0 warnings.',
        '',
      ].join('\n'),
    );
    await writeFixture();
    await writeFile(`${png}.ledger.jsonl`, await readFile(`${file}.ledger.jsonl`, 'utf8'));
    const signed = recordIo();
    expect(await verifyCommand.run([png], signed.io)).toBe(0);
    expect(signed.stdout()).not.toContain('AI share');
    expect(signed.stdout().trimEnd().endsWith('Verified.')).toBe(true);
  });
});
