import { parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { describe, expect, it } from 'vitest';
import { createStoryBible } from '../bible/story-bible.js';
import { describeFinding } from '../generation/describe-finding.js';
import { LocalOnlyError } from '../generation/local-only-error.js';
import { planGeneration } from '../generation/plan-generation.js';
import { runGeneration } from '../generation/run-generation.js';
import { storyTasks } from '../generation/story-tasks.js';
import { defaultStorySettings, type StorySettings } from '../story-settings.js';
import { createFakeOpenAIFetch, type FakeOpenAIReplies } from './__fixtures__/fake-openai-fetch.js';
import { FakeSecretStorage } from './__fixtures__/fake-secret-storage.js';
import { FakeVault } from './__fixtures__/fake-vault.js';
import { createSecretStore } from './secret-store.js';
import { createStorySession, type StoryCall } from './story-session.js';

const entry = '---\ntype: character\nname: Mara Voss\naliases: [Mara]\n---\nThe keeper.';
const sceneText = '---\ntitle: Night\n---\nMara climbed the steps.';
const local: StorySettings = { ...defaultStorySettings, provider: 'openai-compatible', localOnly: true };
const openai: StorySettings = { ...defaultStorySettings, apiKeySecretName: 'openai-key' };

/** A session over a one-scene vault; `generate` runs "Continue the scene" at the end of the scene as the plugin does. */
function sessionWith(settings: () => StorySettings, replies: FakeOpenAIReplies, keychain = new FakeSecretStorage({ 'openai-key': 'sk-test-123' })) {
  const vault = new FakeVault([{ path: 'Bible/mara.md', text: entry }, { path: 'Draft/night.md', text: sceneText }]);
  const { fetch, sent } = createFakeOpenAIFetch(replies);
  const session = createStorySession({ fetch, secrets: createSecretStore(keychain), adapter: vault.adapter, settings });
  const run = async (call: StoryCall) => {
    const bible = createStoryBible({ entriesFolder: 'Bible', manuscriptFolder: 'Draft' });
    for (const file of vault.getMarkdownFiles()) bible.upsert(file.path, await vault.cachedRead(file));
    const scene = bible.sceneAt('Draft/night.md');
    const task = storyTasks[0];
    if (scene === undefined || task === undefined) throw new Error('setup');
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: sceneText, from: sceneText.length, to: sceneText.length, budgetTokens: 500, model: call.model });
    return runGeneration(plan, { model: await call.forNote('Draft/night.md'), now: () => 0 });
  };
  const generate = async () => run(await session.open());
  const ledgerText = (): string | undefined => vault.adapter.files.get('.reelkit/ledgers/Draft/night.md.jsonl');
  const events = (): ProvenanceEvent[] => parseLedger(ledgerText() ?? '').entries.filter((line): line is ProvenanceEvent => line.type === 'event');
  return { session, run, generate, sent, keychain, ledgerText, events };
}

describe('createStorySession', () => {
  it('records the prompt id and version in the note ledger, and shows and records the language lint on the output', async () => {
    const { generate, sent, events } = sessionWith(() => local, { content: 'The chairman climbed after her.' });
    const pending = await generate();
    expect(sent.map((request) => request.url)).toEqual(['http://localhost:11434/v1/chat/completions']);
    expect(pending.findings.map(describeFinding)).toEqual([
      { heading: 'Inclusive language: “chairman”: Narration that genders a job, or marks a woman or man in it as unusual, reads as a stereotype.', details: ['Suggestion: chair'] },
    ]);
    const [event] = events();
    expect(event?.parameters).toEqual({ prompt: { id: 'story.continue', version: '1' }, task: 'continue', contextEntries: ['mara'] });
    expect(event?.checks).toEqual({ total: 1, errors: 0, warnings: 1, infos: 0, ruleIds: ['lang.gendered-job-title'] });
    expect(event?.id).toBe(pending.record.provenanceId);
  });

  it('runs no lint when the writer turned it off', async () => {
    const { generate, events } = sessionWith(() => ({ ...local, language: false }), { content: 'The chairman climbed after her.' });
    expect((await generate()).findings).toEqual([]);
    expect(events()[0]?.checks?.total).toBe(0);
  });

  it('moderates OpenAI output with OpenAI and shows the flag; turned off, nothing is sent for it', async () => {
    const on = sessionWith(() => openai, { content: 'He struck the lamp until it broke.', flagged: true });
    const pending = await on.generate();
    expect(on.sent.map((request) => request.url)).toEqual(['https://api.openai.com/v1/chat/completions', 'https://api.openai.com/v1/moderations']);
    expect(JSON.parse(on.sent[1]?.body ?? '{}')).toEqual({ model: 'omni-moderation-latest', input: ['He struck the lamp until it broke.'] });
    expect(pending.findings.map(describeFinding)).toEqual([
      { heading: 'Moderation: openai moderation flagged the output for violence.', details: ['violence 0.91', 'Suggestion: Check that this is what the scene needs; some hosts and platforms restrict such content.'] },
    ]);
    expect(on.events()[0]?.checks?.ruleIds).toEqual(['moderation.flagged']);
    expect(on.ledgerText()).not.toContain('sk-test-123');

    const off = sessionWith(() => ({ ...openai, moderation: false }), { content: 'He struck the lamp until it broke.', flagged: true });
    expect((await off.generate()).findings).toEqual([]);
    expect(off.sent.map((request) => request.url)).toEqual(['https://api.openai.com/v1/chat/completions']);
  });

  it('never sends a local server’s output to OpenAI for moderation, even with a key in the keychain', async () => {
    const { generate, sent } = sessionWith(() => ({ ...local, localOnly: false, apiKeySecretName: 'openai-key' }), { content: 'The lamp caught.', flagged: true });
    expect((await generate()).findings).toEqual([]);
    expect(sent.map((request) => new URL(request.url).host)).toEqual(['localhost:11434']);
  });

  it('refuses a cloud provider in local-only mode before anything is sent', async () => {
    const { generate, sent, ledgerText } = sessionWith(() => ({ ...openai, localOnly: true }), { content: 'The lamp caught.' });
    await expect(generate()).rejects.toThrow(LocalOnlyError);
    expect(sent).toEqual([]);
    expect(ledgerText()).toBeUndefined();
  });

  it('refuses at the network once local-only is on, even for a model chosen before the switch was turned on', async () => {
    let settings: StorySettings = { ...local, localOnly: false, localBaseUrl: 'https://llm.example.com/v1' };
    const { session, run, sent, ledgerText } = sessionWith(() => settings, { content: 'The lamp caught.' });
    const call = await session.open();
    settings = { ...settings, localOnly: true };
    await expect(run(call)).rejects.toThrow(/^Local-only mode refused a request to llm\.example\.com: it is not on this machine or a private network\./);
    expect(sent).toEqual([]);
    expect(ledgerText()).toBeUndefined();
  });

  it('keeps the install keys in the keychain under the names earlier versions used, and reuses them', async () => {
    const fresh = sessionWith(() => local, { content: 'The lamp caught.' }, new FakeSecretStorage());
    await fresh.generate();
    expect([...fresh.keychain.secrets.keys()].sort()).toEqual(['reelkit-ledger-signing-key', 'reelkit-prompt-key']);
    expect(fresh.keychain.secrets.get('reelkit-prompt-key')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Object.keys(JSON.parse(fresh.keychain.secrets.get('reelkit-ledger-signing-key') ?? '{}') as object).sort()).toEqual(['privateKey', 'publicKey']);

    const kept = Object.fromEntries(fresh.keychain.secrets);
    const upgraded = sessionWith(() => local, { content: 'The lamp caught.' }, new FakeSecretStorage(kept));
    await upgraded.generate();
    expect(Object.fromEntries(upgraded.keychain.secrets)).toEqual(kept);
  });
});
