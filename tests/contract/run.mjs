#!/usr/bin/env node
// Runs the model-layer contract suite against every server it can start, then stops them by pid.
//
//   node tests/contract/run.mjs [--json <file>] [--only mock-llm,llama-server]
//
// A server that cannot be started is reported as skipped with one line saying why (a missing install, a mirror that
// did not answer, a model file that is not there); once a server runs, every failed check fails the run. The last
// line is `tests: N passed, M failed`. Everything binds to 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const jsonFile = resolve(option('--json') ?? join(mkdtempSync(join(tmpdir(), 'reelkit-contract-')), 'results.json'));
const only = option('--only')?.split(',');
const wanted = (kind) => only === undefined || only.includes(kind);
const log = (line) => process.stdout.write(`${line}\n`);

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });

/** Polls `url` until `accept(status, body)` says it is up, the process died, or `timeoutMs` passed. */
async function waitUntilUp(url, accept, isAlive, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return 'the process exited';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 2000);
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (accept(response.status, await response.text())) return undefined;
    } catch {
      // Not listening yet.
    } finally {
      clearTimeout(timer);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return `it did not answer ${url} within ${timeoutMs / 1000} s`;
}

const started = [];
const skipped = [];
/** Pids this run started; only these are stopped. */
const pids = [];

async function startMockLlm() {
  const main = join(here, 'node_modules/@dwmkerr/mock-llm/dist/main.js');
  if (!existsSync(main)) return skipped.push(`mock-llm: skipped — not installed (run: cd tests/contract && npm ci --ignore-scripts --no-audit --no-fund)`);
  const port = await freePort();
  const child = spawn(process.execPath, [main, '--config', join(here, 'mock-llm.yaml')], {
    cwd: here,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  pids.push(child.pid);
  const why = await waitUntilUp(`http://127.0.0.1:${port}/health`, (status) => status === 200, () => child.exitCode === null, 20_000);
  if (why !== undefined) return skipped.push(`mock-llm: skipped — ${why}${stderr ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`);
  started.push({ kind: 'mock-llm', baseURL: `http://127.0.0.1:${port}/v1` });
}

async function startLlamaServer() {
  const models = process.env.REELKIT_MODELS || (process.env.REELKIT_SHARED ? join(process.env.REELKIT_SHARED, 'models') : join(root, '../shared/models'));
  const model = join(models, 'stories260K.gguf');
  if (!existsSync(model)) {
    // CI sets REELKIT_REQUIRE_EXTERNAL=1: there the tiny model must be beside the repo, and its absence is a failure.
    if (process.env.REELKIT_REQUIRE_EXTERNAL === '1') missingRequired.push(`llama-server: ${model} is absent, and REELKIT_REQUIRE_EXTERNAL=1`);
    return skipped.push(`llama-server: skipped — ${model} is absent; set REELKIT_MODELS=<folder> or REELKIT_SHARED=<folder holding models/> to run it`);
  }
  const script = join(here, 'start-llama-server.sh');
  // Fetching the sid packages is the step that needs the mirror; it gets its own time limit.
  const prepared = spawnSync('sh', [script, 'prepare'], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, LLAMA_MODEL: model } });
  if (prepared.status !== 0) {
    const detail = (prepared.stderr || prepared.error?.message || `exit ${prepared.status}`).trim().split('\n').at(-1);
    return skipped.push(`llama-server: skipped — could not fetch llama.cpp from Debian sid: ${detail}`);
  }
  const instances = [];
  for (const extra of [[], ['--embeddings', '--pooling', 'mean']]) {
    const port = await freePort();
    const run = spawnSync('sh', [script, 'start', ...extra], { encoding: 'utf8', env: { ...process.env, LLAMA_MODEL: model, LLAMA_PORT: String(port) } });
    const [pid] = run.stdout.trim().split(/\s+/).map(Number);
    if (run.status !== 0 || !Number.isInteger(pid)) return skipped.push(`llama-server: skipped — the start script failed: ${run.stderr.trim().split('\n').at(-1)}`);
    pids.push(pid);
    const alive = () => spawnSync('kill', ['-0', String(pid)]).status === 0;
    const why = await waitUntilUp(`http://127.0.0.1:${port}/health`, (status, body) => status === 200 && body.includes('ok'), alive, 60_000);
    if (why !== undefined) return skipped.push(`llama-server: skipped — ${why} (log: ${process.env['LLAMA_ROOT'] ?? '/tmp/reelkit-llama'}/llama-server-${port}.log)`);
    instances.push(`http://127.0.0.1:${port}/v1`);
  }
  started.push({ kind: 'llama-server', baseURL: instances[0], embeddingBaseURL: instances[1] });
}

/** What REELKIT_REQUIRE_EXTERNAL=1 demands and is not here: each counts as a failed check. */
const missingRequired = [];

function stopAll() {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

if (wanted('mock-llm')) await startMockLlm();
if (wanted('llama-server')) await startLlamaServer();
for (const server of started) log(`contract: running against ${server.kind} at ${server.baseURL}`);
for (const line of skipped) log(`contract: ${line}`);

let passed = 0;
let failed = 0;
if (started.length > 0) {
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  const result = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', join(here, 'vitest.config.ts'), '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CONTRACT_SERVERS: JSON.stringify(started) } },
  );
  if (existsSync(jsonFile)) {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
    passed = report.numPassedTests ?? 0;
    // A test file that fails to load has no test results of its own: count it as one failure.
    const brokenFiles = (report.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0).length;
    failed = (report.numFailedTests ?? 0) + brokenFiles;
    for (const file of report.testResults ?? []) {
      for (const check of file.assertionResults ?? []) if (check.status === 'pending' || check.status === 'skipped') skipped.push(`check skipped — ${check.fullName}`);
    }
  } else failed = 1;
  if (result.status !== 0 && failed === 0) failed = 1;
}
stopAll();
for (const line of skipped) log(`contract: ${line}`);
for (const line of missingRequired) log(`contract: failed — ${line}`);
failed += missingRequired.length;
log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
