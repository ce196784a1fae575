import { Validator } from '@cfworker/json-schema';
import { createRuntime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterEach, beforeEach, describe, expect } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { createMemoryFileStore } from '../features/__fixtures__/memory-file-store.js';
import { mediaTypeForPath } from '../features/media-type-for-path.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import type { SecretStore } from '../ports/secret-store.js';
import { createPanelController } from './create-panel-controller.js';
import type { PanelView } from './panel-view-model.js';
import { createModels } from '../features/create-models.js';
import { loadMediaSigner } from '../features/load-media-signer.js';

// Adobe's schema is read in place from ../shared/specs beside the repo (it is not copied into the repo).
const specs = sharedFolder('specs');
const validator = new Validator(specs.available ? (JSON.parse(specs.read('premiere-transcript-format.schema.json')) as never) : {}, '7', false);

let server: FakeProviderServer;
beforeEach(async () => {
  server = await createFakeProviderServer();
});
afterEach(async () => {
  await server.close();
});

describe('Transcribe clip, from the panel through the real OpenAI SDK to the fake Premiere', () => {
  specs.it('sends the clip to the local endpoint and lands captions and a valid transcript in the project', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/scene-12.wav'], binName: 'Footage', undoLabel: 'setup' });
    const clip = fake.clip('/media/scene-12.wav');
    if (clip !== undefined) fake.selection.push(clip);
    const files = createMemoryFileStore({ '/media/scene-12.wav': new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0]) });
    const secrets: SecretStore = { get: async (name) => (name === 'local' ? server.openaiBaseURL : undefined), set: async () => undefined, delete: async () => undefined };
    const views: PanelView[] = [];
    const controller = await createPanelController({
      loadSigner: loadMediaSigner,
      loadModels: createModels,
      host,
      files,
      secrets,
      jobStore: { load: async () => [], save: async () => undefined },
      runtime: createRuntime(),
      pickScript: async () => undefined,
      render: (view) => views.push(view),
    });
    await controller.refresh();
    expect(views.at(-1)?.runEnabled).toBe(true);
    await controller.run();

    expect(server.requests.map((request) => [request.route, (request.form?.['file'] as { filename?: string } | undefined)?.filename])).toEqual([['transcriptions', 'scene-12.wav']]);
    // Captions are built from the timed words (no final period): 31 characters at 17 a second stay up 1.824 s.
    expect(files.text('/work/scene-12.srt')).toBe('1\n00:00:00,000 --> 00:00:01,824\nFake transcript of scene-12.wav\n');
    const transcript = files.text('/work/scene-12.transcript.json') ?? '';
    expect(validator.validate(JSON.parse(transcript)).errors).toEqual([]);
    expect(fake.clip('/media/scene-12.wav')?.transcript).toBe(transcript);
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: '1 caption written to /work/scene-12.srt; transcript attached.' });
    expect(mediaTypeForPath('/media/A.MOV')).toBe('video/quicktime');
  });
});
