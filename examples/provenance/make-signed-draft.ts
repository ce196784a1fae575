// Makes the example that `reelkit verify` can be tried on offline: the example screenplay with one line of ROSA's
// dialogue written by a model, placed in the script, recorded in a provenance ledger and signed. The model is the
// project's loopback fake of the OpenAI API (no key, no network), driven through the real openai SDK and the same
// guard the hosts use. Writes <dir>/harbour-draft.fountain and <dir>/harbour-draft.fountain.ledger.jsonl.
// Run: npm run example -- examples/provenance/make-signed-draft.ts [dir]   (default: examples/provenance)
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLedgerRecorder, createMemoryLedgerStore, createMemorySigningKeyStore, createPromptKey } from '@reelkit/core/provenance';
import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createGuard, createOriginalityCheck } from '@reelkit/core/guard';
import { writeDialogue } from '@reelkit/core/tasks/writing';
import { createFakeProviderServer } from '@reelkit/core/testing';

/** What the fake model answers: a line in ROSA's voice, as Fountain. */
const rosaLine = 'ROSA\n(not looking up)\nIf the lamp goes dark, the boats will steer by the kitchen window.';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(process.argv[2] ?? here);
const server = await createFakeProviderServer();
try {
  server.enqueue('chat', { reply: { content: rosaLine } });
  const runtime = createRuntime();
  // The example's own signing key, kept in memory: the host's secret store holds it in real use.
  const signingKeys = createMemorySigningKeyStore();
  const store = createMemoryLedgerStore();
  const apiKey = 'sk-example-0001';
  const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle), signingKeys, secrets: [apiKey] });
  const guard = createGuard({ runtime, checks: [createOriginalityCheck()], recorder });
  const model = guard.text(createOpenAI({ apiKey, baseURL: server.openaiBaseURL, ...guard.providerSettings }).text('gpt-4.1-mini'));

  const script = await readFile(new URL('../screenplays/low-tide-at-kestrel-point.fountain', import.meta.url), 'utf8');
  const cursor = script.indexOf('EXT. HARBOUR - DAY');
  const result = await writeDialogue({ model }, { script, character: 'ROSA', cursor, direction: 'She answers her grandmother, half joking.' });
  // The writer accepts the draft: it goes in at the cursor as its own block, and the ledger records where.
  const inserted = `${result.output.fountain.trim()}\n\n`;
  const document = script.slice(0, cursor) + inserted + script.slice(cursor);
  if (result.provenanceId === undefined) throw new Error('The generation was not recorded.');
  await recorder.recordPlacement({ generationId: result.provenanceId, document, start: cursor, end: cursor + inserted.trimEnd().length });
  await recorder.checkpoint();

  const documentPath = join(outDir, 'harbour-draft.fountain');
  await writeFile(documentPath, document);
  await writeFile(`${documentPath}.ledger.jsonl`, (await store.read()) ?? '');
  console.log(`Wrote ${documentPath} and its ledger (${result.provider}/${result.modelId}, entry ${result.provenanceId}).`);
  console.log(`Try: npx reelkit verify ${documentPath}`);
} finally {
  await server.close();
}
