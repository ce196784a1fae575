// The writing tasks, Dramatron-style, on the example screenplay: loglines → a character background → a beat outline
// → new dialogue for a character in their own voice. Every call goes through the guard and is recorded in a
// provenance ledger. Run: npm run example -- examples/tasks/writing.ts
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedgerRecorder, createMemoryLedgerStore, createPromptKey } from '@reelkit/core/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import { createGuard, createModerationCheck, createOriginalityCheck, type GuardedResult } from '@reelkit/core/guard';
import { generateBeatOutline, generateCharacterBackground, generateLoglines, writeDialogue } from '@reelkit/core/tasks/writing';
import { configuredModels, exitWithError } from './configured-provider.js';

async function main(): Promise<void> {
  const models = configuredModels();
  if (models === undefined) process.exit(2);

  const runtime = createRuntime();
  const store = createMemoryLedgerStore();
  const recorder = createLedgerRecorder({ store, runtime, promptKey: await createPromptKey(runtime.subtle) });
  const checks = [createOriginalityCheck(), ...(models.moderation ? [createModerationCheck(models.moderation)] : [])];
  const context = { model: createGuard({ runtime, checks, recorder }).text(models.text) };
  let spent = 0;
  const report = <T>(label: string, result: GuardedResult<T>): T => {
    spent += result.cost.usd;
    console.log(`\n== ${label} (${result.provider}/${result.modelId}, ${result.usage.inputTokens ?? '?'} in / ${result.usage.outputTokens ?? '?'} out tokens, entry ${result.provenanceId ?? 'not recorded'})`);
    for (const finding of result.findings) console.log(`   [${finding.severity}] ${finding.ruleId}: ${finding.message}`);
    return result.output;
  };

  console.log(`Running the writing tasks against ${models.description}.`);
  const scriptPath = new URL('../screenplays/low-tide-at-kestrel-point.fountain', import.meta.url);
  const script = await readFile(scriptPath, 'utf8');

  const loglines = report('Loglines', await generateLoglines(context, { idea: 'A lighthouse keeper’s grandchild keeps the lamp lit the winter the island is evacuated', count: 2 }));
  for (const option of loglines.options) console.log(`   ${option.title}: ${option.logline}`);

  const background = report('Character background', await generateCharacterBackground(context, { name: 'MAGS DUNMORE', story: loglines.options[0]?.logline ?? '' }));
  console.log(`   ${background.summary}`);

  const outline = report('Beat outline', await generateBeatOutline(context, { logline: loglines.options[0]?.logline ?? '', characters: [background] }));
  console.log(`   ${outline.acts.map((act) => `${act.name}: ${act.beats.length} beats`).join('; ')}`);

  const cursor = script.indexOf('EXT. HARBOUR');
  const dialogue = report('Dialogue for ROSA, grounded in her lines', await writeDialogue(context, { script, character: 'ROSA', cursor: cursor < 0 ? script.length : cursor }));
  console.log(dialogue.fountain.split('\n').map((line) => `   ${line}`).join('\n'));

  const ledgerText = (await store.read()) ?? '';
  console.log(`\n${ledgerText.trim().split('\n').length} ledger lines recorded (kept in memory; a host stores them beside the script, e.g. ${join(tmpdir(), 'script.fountain.ledger.jsonl')}).`);
  console.log(`Estimated cost: $${spent.toFixed(6)}`);
}

await main().catch(exitWithError);
