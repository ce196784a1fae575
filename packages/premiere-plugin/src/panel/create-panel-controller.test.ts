import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { createMemoryFileStore } from '../features/__fixtures__/memory-file-store.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import type { JobStore, StoredJob } from '../jobs/job-store.js';
import type { SecretStore } from '../ports/secret-store.js';
import { createPanelController } from './create-panel-controller.js';
import type { PanelView } from './panel-view-model.js';
import { createModels } from '../features/create-models.js';
import { loadMediaSigner } from '../features/load-media-signer.js';

function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, get: async (name) => values.get(name), set: async (name, value) => void values.set(name, value), delete: async (name) => void values.delete(name) };
}

const noJobs: JobStore = { load: async () => [] as StoredJob[], save: async () => undefined };
const fetchNever = async (): Promise<Response> => {
  throw new Error('no network in tests');
};

describe('createPanelController', () => {
  it('guides the editor from no key to a run, and adds scene markers as one undo step', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/scene-4.mov'], binName: 'Footage', undoLabel: 'setup' });
    const clip = fake.clip('/media/scene-4.mov');
    if (clip !== undefined) fake.selection.push(clip);
    const views: PanelView[] = [];
    const secrets = memorySecrets();
    const controller = await createPanelController({
      loadSigner: loadMediaSigner,
      loadModels: createModels,
      host,
      files: createMemoryFileStore(),
      secrets,
      jobStore: noJobs,
      runtime: createRuntime({ fetch: fetchNever }),
      pickScript: async () => 'INT. KITCHEN - NIGHT\n\nMara pours coffee.\n\nEXT. ROOFTOP - DAWN\n\nThe city wakes.\n',
      render: (view) => views.push(view),
    });
    await controller.refresh();
    expect([views.at(-1)?.context, views.at(-1)?.runEnabled, views.at(-1)?.note]).toEqual(['Film · Cut 3 · scene-4.mov', false, 'Add an API key or a local endpoint in Settings.']);

    await controller.saveKey('openai', 'sk-test');
    expect(secrets.values.get('openai')).toBe('sk-test');
    expect([views.at(-1)?.runEnabled, views.at(-1)?.note, views.at(-1)?.message?.text]).toEqual([
      true,
      // The 60 s sequence stands in for the clip's length.
      'About $0.0060 with openai/whisper-1.',
      'Saved the openai key in secure storage.',
    ]);
    expect(JSON.stringify(views)).not.toContain('sk-test');

    await controller.saveKey('local', 'http://localhost:9999/v1');
    expect([secrets.values.has('local'), views.at(-1)?.message?.tone]).toEqual([false, 'error']);

    controller.select('scene-markers');
    expect(views.at(-1)?.note).toBe('No model call: free.');
    const stepsBefore = fake.project.undoSteps.length;
    await controller.run();
    expect(fake.project.undoSteps.slice(stepsBefore).map((step) => step.undoLabel)).toEqual(['Reelkit: scene markers']);
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: '2 scene markers added; dialogue of 0 of 0 scenes heard in the edit.' });
    expect(views.at(-1)?.progress).toBeUndefined();
    controller.dispose();
  });

  it('keeps Run disabled without a sequence, and a run then changes nothing', async () => {
    const fake = createFakePremiere({ sequence: null });
    const views: PanelView[] = [];
    const secrets = memorySecrets();
    await secrets.set('openai', 'sk-test');
    const controller = await createPanelController({
      loadSigner: loadMediaSigner,
      loadModels: createModels,
      host: createPremiereHost(fake.api),
      files: createMemoryFileStore(),
      secrets,
      jobStore: noJobs,
      runtime: createRuntime({ fetch: fetchNever }),
      pickScript: async () => 'INT. A - DAY\n\nAction.\n',
      render: (view) => views.push(view),
    });
    await controller.refresh();
    controller.select('scene-markers');
    expect(views.at(-1)?.note).toBe('Open a sequence in the Timeline.');
    await controller.run();
    expect(fake.project.undoSteps).toEqual([]);
  });
});
