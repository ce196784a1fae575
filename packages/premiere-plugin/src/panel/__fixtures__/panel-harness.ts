import { createRuntime, type Runtime } from '@reelkit/core/runtime';
import type { FakeProviderServer } from '@reelkit/core/testing';
import { createModels } from '../../features/create-models.js';
import { createMemoryFileStore } from '../../features/__fixtures__/memory-file-store.js';
import { loadMediaSigner } from '../../features/load-media-signer.js';
import { createFakePremiere, type FakePremiere } from '../../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../../host/create-premiere-host.js';
import type { JobStore } from '../../jobs/job-store.js';
import type { PremiereHost } from '../../ports/premiere-host.js';
import type { SecretStore } from '../../ports/secret-store.js';
import { createPanelController, type PanelController } from '../create-panel-controller.js';
import type { PanelView } from '../panel-view-model.js';

/** The providers' real hosts, answered by the loopback fake (injected through the runtime's fetch, as UXP's is). */
export function loopbackRuntime(server: FakeProviderServer): Runtime {
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
      .replace('https://api.openai.com/v1', server.openaiBaseURL)
      .replace('https://api.replicate.com/v1', server.replicateBaseURL);
    return globalThis.fetch(url, init);
  };
  return createRuntime({ fetch, sleep: async () => undefined, now: () => Date.parse('2026-11-25T01:00:00Z') });
}

/** Secure storage over a map, which the test can read. */
export function memorySecrets(values: Record<string, string> = {}): SecretStore & { readonly values: Map<string, string> } {
  const map = new Map(Object.entries(values));
  return { values: map, get: async (name) => map.get(name), set: async (name, value) => void map.set(name, value), delete: async (name) => void map.delete(name) };
}

/** A panel over the fake Premiere (project `Film`, clip `scene-4.mov` selected, its SRT in the work folder). */
export interface PanelHarness {
  readonly fake: FakePremiere;
  readonly host: PremiereHost;
  readonly files: ReturnType<typeof createMemoryFileStore>;
  readonly secrets: ReturnType<typeof memorySecrets>;
  readonly views: PanelView[];
  readonly picked: string[];
  readonly controller: PanelController;
  /** A second panel load over the same project, files and secure storage. */
  reload(): Promise<PanelController>;
  /** Undo steps since the setup import, oldest first. */
  steps(): string[];
}

const srt = '1\n00:00:01,000 --> 00:00:03,000\nMara climbs to Kestrel Point.\n';
const fountain = 'INT. LIGHTHOUSE - NIGHT\n\nMARA climbs the iron stairs.\n\nMARA\nForty-one.\n';

/** Opens the panel as the entry does, with the real features, models (through the loopback server) and signer. */
export async function createPanelHarness(server: FakeProviderServer, keys: Record<string, string>, jobStore: JobStore = { load: async () => [], save: async () => undefined }): Promise<PanelHarness> {
  const fake = createFakePremiere();
  const host = createPremiereHost(fake.api);
  await host.importIntoBin({ paths: ['/media/scene-4.mov'], binName: 'Footage', undoLabel: 'setup' });
  const clip = fake.clip('/media/scene-4.mov');
  if (clip !== undefined) fake.selection.push(clip);
  const files = createMemoryFileStore({ '/media/scene-4.mov': new Uint8Array([0, 0, 0, 24]), '/work/scene-4.srt': new TextEncoder().encode(srt) });
  const secrets = memorySecrets(keys);
  const views: PanelView[] = [];
  const picked: string[] = [];
  const open = async (): Promise<PanelController> => {
    const controller = await createPanelController({
      host,
      files,
      secrets,
      jobStore,
      runtime: loopbackRuntime(server),
      loadSigner: loadMediaSigner,
      loadModels: createModels,
      pickScript: async () => (picked.push('script'), fountain),
      render: (view) => views.push(view),
    });
    await controller.refresh();
    return controller;
  };
  return { fake, host, files, secrets, views, picked, controller: await open(), reload: open, steps: () => fake.project.undoSteps.slice(1).map((step) => step.undoLabel) };
}
