import { createInstallSigningIdentity, createMediaSigner, readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { parseFountain } from '@reelkit/core/screenplay';
import { createGuard } from '@reelkit/core/guard';
import { planStoryboard } from '@reelkit/core/tasks/storyboard';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { drawStoryboardFrames } from './draw-storyboard-frames.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const shot = (number: number, imagePrompt: string) => ({ number, size: 'wide', angle: 'low', movement: 'static', subject: 'Mara', action: 'climbs', durationSeconds: 4, imagePrompt });

describe('storyboard frames from a Fountain scene, through the real OpenAI SDK', () => {
  it('shows the plan with its suggestions, then draws, signs and imports the frames with XMP in one undo step', async () => {
    const runtime = createRuntime();
    const openai = createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime });
    server.enqueue('chat', { reply: { json: { shots: [shot(1, 'Mara climbs iron stairs in a lighthouse'), shot(2, 'A lamp flares')] } } });
    const screenplay = parseFountain('INT. LIGHTHOUSE - NIGHT\n\nMARA climbs the iron stairs.\n');
    const scene = screenplay.scenes[0];
    if (scene === undefined) throw new Error('no scene');
    const plan = await planStoryboard({ model: createGuard().text(openai.text('gpt-4o-mini')), scene: { screenplay, scene }, cast: [{ name: 'Mara', attributes: { age: '60s' } }] });
    expect(plan.findings.map((finding) => finding.message)).toEqual(['Age, build and appearance are unspecified for Mara: the image model will guess.']);

    const fake = createFakePremiere();
    const files = createMemoryFileStore();
    const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
    const { guard, entries } = await createRecordingGuard({ runtime, signer });
    const result = await drawStoryboardFrames({
      host: createPremiereHost(fake.api),
      files,
      guard,
      model: openai.image('gpt-image-1'),
      shots: plan.shots.map((item) => ({ number: item.number, imagePrompt: item.imagePrompt })),
      subject: scene.heading,
    });
    expect(server.requests.filter((request) => request.route === 'images').map((request) => (request.json as { prompt: string }).prompt)).toEqual(['Mara climbs iron stairs in a lighthouse', 'A lamp flares']);
    expect(result.imported.map((item) => item.path)).toEqual(['/work/INT-LIGHTHOUSE-NIGHT-01.png', '/work/INT-LIGHTHOUSE-NIGHT-02.png']);
    expect(result.signed).toEqual(['INT-LIGHTHOUSE-NIGHT-01.png', 'INT-LIGHTHOUSE-NIGHT-02.png']);
    const summary = await readMediaManifestSummary(files.files.get('/work/INT-LIGHTHOUSE-NIGHT-01.png') ?? new Uint8Array());
    // One manifest: signed as drawn, not again on import.
    expect([summary?.validation.intact, summary?.activeManifest?.actions.map((action) => action.action)]).toEqual([true, ['c2pa.created']]);
    expect(fake.project.undoSteps.map((step) => [step.undoLabel, step.actions.length])).toEqual([
      ['Reelkit: create bin Reelkit Storyboards', 1],
      ['Reelkit: provenance of Reelkit Storyboards', 2],
    ]);
    expect(fake.clip('/work/INT-LIGHTHOUSE-NIGHT-02.png')?.xmp).toContain('<dc:source>shot 2 of INT. LIGHTHOUSE - NIGHT: A lamp flares</dc:source>');
    // Each frame's XMP names the ledger entry whose digest is the frame as written.
    const frame = files.files.get('/work/INT-LIGHTHOUSE-NIGHT-02.png') ?? new Uint8Array();
    expect(entries().find((entry) => entry.id === xmpProvenanceId(fake.clip('/work/INT-LIGHTHOUSE-NIGHT-02.png')?.xmp))).toMatchObject({
      actor: { type: 'ai', name: 'storyboard' },
      outputDigest: `sha256:${await runtime.hasher.sha256(frame)}`,
    });
  });

  it('draws a background from a prompt as a one-shot storyboard', async () => {
    const runtime = createRuntime();
    const fake = createFakePremiere();
    const result = await drawStoryboardFrames({
      host: createPremiereHost(fake.api),
      files: createMemoryFileStore(),
      // No signer: the frame is recorded but carries no Content Credentials.
      guard: createGuard({ runtime }),
      model: createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime }).image('gpt-image-1'),
      shots: [{ number: 1, imagePrompt: 'Stormy sea behind a lighthouse window, dusk' }],
      subject: 'background',
    });
    expect([result.imported.map((item) => item.name), result.signed]).toEqual([['background-01.png'], []]);
  });
});
