import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInstallSigningIdentity } from '../../provenance/media/create-install-signing-identity.js';
import { createMediaSigner, type MediaSigner } from '../../provenance/media/create-media-signer.js';
import { readMediaManifestSummary } from '../../provenance/media/read-media-manifest-summary.js';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { createGuard } from '../../guard/create-guard.js';
import { storyboardShotListPrompt } from '../media-prompts/storyboard-shot-list-prompt.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { planStoryboard } from './plan-storyboard.js';
import { renderStoryboard } from './render-storyboard.js';

let server: FakeProviderServer;
let signer: MediaSigner;
const runtime = createRuntime({ now: () => Date.parse('2026-11-25T01:00:00.000Z') });
beforeAll(async () => {
  server = await createFakeProviderServer();
  signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const openai = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } });

const script = `INT. LIGHTHOUSE - NIGHT

MARA climbs the iron stairs, counting.

MARA
Forty-one. Forty-two.

EXT. CLIFF - DAWN

Gulls.
`;
const shot = (number: number, imagePrompt: string) => ({
  number, size: 'wide', angle: 'low', movement: 'static', subject: 'Mara', action: 'climbs', durationSeconds: 4, imagePrompt,
});

describe('storyboard', () => {
  it('plans shots from a parsed scene through the guarded model, with a visible suggestion for an undescribed person', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('chat', { reply: { json: { shots: [shot(1, 'Mara climbs iron stairs in a lighthouse'), shot(2, 'A lamp flares, stairs spiral below, pencil sketch')] } } });
    const screenplay = parseFountain(script);
    const scene = screenplay.scenes[0];
    if (scene === undefined) throw new Error('no scene');
    const cast = [{ name: 'Mara', description: 'The last keeper.', attributes: { age: '60s', build: 'wiry' } }];
    const plan = await planStoryboard({ model: createGuard({ recorder }).text(openai().text('gpt-4o-mini')), scene: { screenplay, scene }, cast });

    const sent = server.requests[0]?.json as { model: string; messages: { role: string; content: string }[]; response_format: { json_schema: { name: string; strict: boolean; schema: unknown } } };
    expect(sent.model).toBe('gpt-4o-mini');
    expect(sent.response_format.json_schema).toMatchObject({ name: 'storyboard_shot_list', strict: true, schema: storyboardShotListPrompt.schema.jsonSchema });
    // Only the asked scene is sent, with the cast description (attributes stay with the user).
    expect(sent.messages[1]?.content).toBe(
      'Scene:\nINT. LIGHTHOUSE - NIGHT\n\nMARA climbs the iron stairs, counting.\n\nMARA\nForty-one. Forty-two.\n\nCast sheet:\nMara: The last keeper.\n\nFrame style: rough pencil storyboard sketch, black and white, 16:9',
    );
    expect(plan.shots.map((item) => item.imagePrompt)).toEqual(['Mara climbs iron stairs in a lighthouse', 'A lamp flares, stairs spiral below, pencil sketch']);
    expect(plan.shots[0]?.findings).toEqual([
      expect.objectContaining({
        ruleId: 'storyboard.person-underspecified',
        message: 'Age, build and appearance are unspecified for Mara: the image model will guess.',
        suggestion: 'Describe them in the prompt; the cast sheet says age: 60s; build: wiry.',
      }),
    ]);
    expect(plan.shots[1]?.findings).toEqual([]);
    expect(plan.findings.map((finding) => finding.ruleId)).toEqual(['storyboard.person-underspecified']);
    const [event] = await events();
    expect(plan.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({ actor: { name: 'storyboard' }, parameters: { prompt: { id: 'media.storyboard-shot-list', version: '1' } } });
    expect(plan.cost.usd).toBeGreaterThan(0);
  });

  it('draws the accepted prompts, signs each PNG with C2PA and records it with its digest and cost', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    const result = await renderStoryboard({
      model: createGuard({ runtime, signer, recorder }).image(openai().image('gpt-image-1')),
      shots: [{ number: 1, imagePrompt: 'A wiry keeper in her 60s with cropped grey hair climbs iron stairs' }, { number: 2, imagePrompt: 'A lamp flares' }],
    });
    expect(server.requests.map((request) => (request.json as { prompt: string; size: string }).prompt)).toEqual([
      'A wiry keeper in her 60s with cropped grey hair climbs iron stairs',
      'A lamp flares',
    ]);
    expect((server.requests[0]?.json as { size: string }).size).toBe('1536x1024');
    expect(result.frames.map((frame) => [frame.number, frame.signed, frame.image.mediaType])).toEqual([[1, true, 'image/png'], [2, true, 'image/png']]);
    const summary = await readMediaManifestSummary(result.frames[0]?.image.bytes ?? new Uint8Array());
    expect(summary?.activeManifest?.actions).toEqual([expect.objectContaining({ action: 'c2pa.created', softwareAgent: 'openai/gpt-image-1', when: '2026-11-25T01:00:00.000Z' })]);
    expect(summary?.validation.intact).toBe(true);
    const recorded = await events();
    expect(recorded.map((event) => event.id)).toEqual(result.frames.map((frame) => frame.provenanceId));
    expect(recorded[0]).toMatchObject({
      actor: { type: 'ai', name: 'storyboard' },
      action: 'c2pa.created',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
      model: 'gpt-image-1',
      outputDigest: `sha256:${await runtime.hasher.sha256(result.frames[0]?.image.bytes ?? new Uint8Array())}`,
      parameters: { shot: 1, size: '1536x1024', signed: true },
    });
    expect(result.cost).toEqual({ usd: 0.084, incomplete: false });
    expect(result.findings).toEqual([]);
  });
});
