import { jwkThumbprint, parseLedger, verifyLedger, type StoredSigningKey } from '@reelkit/core/provenance';
import { readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { createRuntime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { ledgerKeyNames } from '../provenance/create-project-ledgers.js';
import { xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createPanelHarness } from './__fixtures__/panel-harness.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const runtime = createRuntime();
const ledgerPath = '/work/Film.ledger.jsonl';

/** What `reelkit verify` runs on the ledger (no document: a project's ledger records files, not text spans). */
async function verifyProjectLedger(text: string, signingKey: string | undefined) {
  const stored = JSON.parse(signingKey ?? 'null') as StoredSigningKey | null;
  const trustedKeyIds = stored === null ? [] : [await jwkThumbprint(stored.publicKey, runtime.subtle)];
  return verifyLedger(text, undefined, { subtle: runtime.subtle, hasher: runtime.hasher, trustedKeyIds });
}

describe('the project ledger, from a panel run to `reelkit verify`', () => {
  it('records every generation and delivered file, signs it after each run, and each import’s XMP names a verified entry', async () => {
    const panel = await createPanelHarness(server, { openai: 'sk-test' });
    panel.controller.select('translate');
    panel.controller.setOption('de');
    server.enqueue('chat', { reply: { json: { cues: [{ index: 0, text: 'Mara steigt zur Turmfalkenspitze.' }] } } });
    await panel.controller.run();
    panel.controller.select('dub');
    panel.controller.setOption('de');
    server.enqueue('speech', { reply: { body: createPcmWav(8000), headers: { 'content-type': 'audio/wav' } } });
    await panel.controller.run();
    expect(panel.views.at(-1)?.message?.text).toBe('1 dub track imported into Reelkit Dubbing (1 with Content Credentials). scene-4.mov is not in the active sequence: the dubs are in the bin to place by hand. To review: scene-4.mov has no transcript to match to the script: every line is voiced with one voice.');

    const text = panel.files.text(ledgerPath) ?? '';
    const verification = await verifyProjectLedger(text, panel.secrets.values.get(ledgerKeyNames.signingKey));
    const { entries } = parseLedger(text);
    // Translation, its SRT, a checkpoint; the take, the dub track, a checkpoint: each run sealed by a signature.
    expect(entries.map((entry) => (entry.type === 'event' ? `${entry.actor.name} ${entry.action}` : 'checkpoint'))).toEqual([
      'translation c2pa.translated',
      'translation c2pa.converted',
      'checkpoint',
      'dubbing c2pa.created',
      'dubbing c2pa.created',
      'checkpoint',
    ]);
    expect([verification.ok, verification.issues, verification.validSignatures, verification.signedThrough]).toEqual([true, [], 2, entries[4]?.id]);

    const wav = panel.files.files.get('/work/scene-4.de.dub.wav') ?? new Uint8Array();
    const dubId = xmpProvenanceId(panel.fake.clip('/work/scene-4.de.dub.wav')?.xmp);
    const dubEntry = entries.find((entry) => entry.id === dubId);
    expect(dubEntry).toMatchObject({ type: 'event', outputDigest: `sha256:${await runtime.hasher.sha256(wav)}`, parameters: { language: 'de', takes: [entries[3]?.id], signed: true } });
    expect((await readMediaManifestSummary(wav, 'audio/wav'))?.validation.intact).toBe(true);
    const srtId = xmpProvenanceId(panel.fake.clip('/work/scene-4.de.srt')?.xmp);
    expect(entries.find((entry) => entry.id === srtId)).toMatchObject({ source: { entryId: entries[0]?.id }, outputDigest: `sha256:${await runtime.hasher.sha256(panel.files.files.get('/work/scene-4.de.srt') ?? new Uint8Array())}` });
    // The keys stay in secure storage: no API key, prompt key or signing key in the ledger file.
    expect([text.includes('sk-test'), text.includes(panel.secrets.values.get(ledgerKeyNames.promptKey) ?? '?'), text.includes('"d":')]).toEqual([false, false, false]);
    panel.controller.dispose();

    // A second panel load continues the same chain, signed by the same install key.
    const reloaded = await panel.reload();
    server.enqueue('chat', { reply: { json: { cues: [{ index: 0, text: 'Mara monte au Kestrel Point.' }] } } });
    reloaded.select('translate');
    reloaded.setOption('fr');
    await reloaded.run();
    const again = await verifyProjectLedger(panel.files.text(ledgerPath) ?? '', panel.secrets.values.get(ledgerKeyNames.signingKey));
    expect([again.ok, again.entries, again.validSignatures, again.keyIds.length]).toEqual([true, 9, 3, 1]);
    expect(parseLedger(panel.files.text(ledgerPath) ?? '').entries.some((entry) => entry.id === xmpProvenanceId(panel.fake.clip('/work/scene-4.fr.srt')?.xmp))).toBe(true);
    reloaded.dispose();
  });

  it('runs moderation and the language lint on generated text as the settings switch them', async () => {
    const panel = await createPanelHarness(server, { openai: 'sk-test', replicate: 'r8_test' });
    await panel.host.addMarkers([{ name: 'Chase', kind: 'comment', startTicks: 0n, durationTicks: 20n * 254_016_000_000n }], 'markers');
    const plan = { mood: 'urgent', tempoBpm: 140, instrumentation: ['brass'], musicPrompt: 'brass with the manpower of an army' };
    const planCue = async () => {
      server.reset();
      server.enqueue('chat', { reply: { json: plan } });
      panel.controller.select('music');
      panel.controller.setOption('Chase');
      await panel.controller.run();
      // What the editor reads after the plan: the findings to review, if any.
      return [server.requests.map((request) => request.route), panel.views.at(-1)?.message?.text.split('Run again to submit.')[1]];
    };
    expect(panel.views.at(-1)?.checks.map((check) => [check.id, check.on])).toEqual([
      ['moderation', true],
      ['language', true],
    ]);
    expect(await planCue()).toEqual([['chat', 'moderations'], ' To review: “manpower”: A word for men used to mean everyone quietly leaves women out.']);
    await panel.controller.setCheck('moderation', false);
    await panel.controller.setCheck('language', false);
    expect(panel.views.at(-1)?.checks.map((check) => check.on)).toEqual([false, false]);
    expect(await planCue()).toEqual([['chat'], '']);
    panel.controller.dispose();
  });
});
