import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());

/** Runs an example as a user would, with only the given variables set; resolves to its exit code and output. */
const runExample = async (script: string, env: Record<string, string>, args: string[] = []) => {
  const baseEnv = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? tmpdir() };
  try {
    const { stdout, stderr } = await run(tsx, ['--conditions=source', join(root, 'examples/tasks', script), ...args], { cwd: root, env: { ...baseEnv, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
};

describe('examples/tasks', () => {
  it('says how to configure a provider when none is, and exits 2', async () => {
    const { code, stderr } = await runExample('writing.ts', {});
    expect(code).toBe(2);
    expect(stderr).toContain('No provider is configured. Set one of:\n  OPENAI_API_KEY=sk-...');
  });

  it('fails with the error’s own fix hint, not a stack trace, when the provider cannot be reached', async () => {
    const { code, stderr } = await runExample('writing.ts', { OPENAI_API_KEY: 'sk-example-0001', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Could not reach openai: Connection error. Check the network and the base URL.');
  });

  it('runs the writing tasks end to end against an OpenAI-compatible endpoint, recording each in the ledger', async () => {
    const { code, stdout } = await runExample('writing.ts', { OPENAI_API_KEY: 'sk-example-0001', OPENAI_BASE_URL: server.openaiBaseURL });
    expect(code).toBe(0);
    expect(stdout).toContain(`Running the writing tasks against OpenAI at ${server.openaiBaseURL}.`);
    for (const label of ['== Loglines', '== Character background', '== Beat outline', '== Dialogue for ROSA, grounded in her lines']) expect(stdout).toContain(label);
    expect(stdout).toContain('4 ledger lines recorded');
    // The dialogue request carried ROSA's existing lines from the example script.
    const dialogueRequest = server.requests.filter((request) => request.route === 'chat').at(-1);
    expect(JSON.stringify(dialogueRequest?.json)).toContain('ROSA');
  });

  it('plans a storyboard with visible suggestions, draws C2PA-signed frames, plans a music cue and a trailer', async () => {
    const outDir = join(tmpdir(), `reelkit-media-example-${Date.now()}`);
    const env = { OPENAI_API_KEY: 'sk-example-0001', OPENAI_BASE_URL: server.openaiBaseURL, REPLICATE_API_TOKEN: 'r8_example_0001', REPLICATE_BASE_URL: server.replicateBaseURL };
    // The storyboard frame is the first prediction (a PNG by default); the music cue the second.
    server.enqueue('predictions.create', { reply: { body: {} } }, { reply: { body: { output: `${server.url}/files/cue.mp3` } } });
    const { code, stdout, stderr } = await runExample('media.ts', env, [outDir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('== Storyboard: 1 shots');
    expect(stdout).toMatch(/wrote .*shot-1\.png \(with Content Credentials\)/);
    expect(stdout).toContain('== Music cue: text, 30 bpm, text; 52.5 s (page-length)');
    expect(stdout).toMatch(/wrote .*cue\.mp3 \(with Content Credentials\) \(\$0\.\d{4}\)/);
    expect(stdout).toContain('== Trailer plan:');
  });

  it('turns an audio file into SRT, WebVTT and Premiere transcript JSON', async () => {
    const audio = join(tmpdir(), 'reelkit-example-scene.wav');
    await writeFile(audio, new Uint8Array(64));
    const { code, stdout } = await runExample('captions.ts', { OPENAI_API_KEY: 'sk-example-0001', OPENAI_BASE_URL: server.openaiBaseURL }, [audio]);
    expect(code).toBe(0);
    expect(stdout).toContain('4 words → 1 cues');
    expect(stdout).toContain('--- SRT ---\n1\n00:00:00,000 --> ');
    expect(stdout).toContain('WEBVTT');
  });
});
