import type { ProvenanceRecorder } from '@reelkit/core/provenance';
import { createGuard, type Guard, type GuardedEmbeddingModel, type GuardedTextModel } from '@reelkit/core/guard';
import type { TextModel } from '@reelkit/core/models';
import { createRuntime, type FetchFunction } from '@reelkit/core/runtime';
import { createInstallKeys, createSessionChecks, type SecretStorePort } from '@reelkit/core/session';
import { createSessionFetch } from '../generation/create-session-fetch.js';
import { createStoryEmbeddingModel, type StoryEmbeddingChoice } from '../generation/create-story-embedding-model.js';
import { createStoryModeration } from '../generation/create-story-moderation.js';
import { createStoryModel } from '../generation/create-story-model.js';
import type { StorySettings } from '../story-settings.js';
import { createNoteRecorder } from './note-recorder.js';
import type { LedgerAdapterPort } from './vault-port.js';

/** What the session is built on: Obsidian's fetch, keychain and vault adapter, and the current settings. */
export interface StorySessionHost {
  /** The host's fetch (`requestUrl`); the session puts the local-only switch in front of it. */
  readonly fetch: FetchFunction;
  readonly secrets: SecretStorePort;
  readonly adapter: LedgerAdapterPort;
  /** Read at every call, so a changed setting applies to the next request. */
  readonly settings: () => StorySettings;
}

/** The model the settings chose for one command, before and behind the guard. */
export interface StoryCall {
  /** The bare model: its provider and id price the preview; never called directly. */
  readonly model: TextModel;
  /** The model behind the session's guard with the checks the settings turn on, recording into the note's ledger. */
  forNote(notePath: string): Promise<GuardedTextModel>;
}

/** The embedding model the settings choose, behind the session's guard (its one call policy). */
export interface StoryEmbedder extends Omit<StoryEmbeddingChoice, 'model'> {
  readonly model: GuardedEmbeddingModel;
}

/** One per plugin load: one guard (one call policy over the local-only-aware fetch) and the install's ledger keys. */
export interface StorySession {
  readonly guard: Guard;
  /** The model the current settings choose; throws typed errors (missing key, local-only) that say how to fix the settings. */
  open(): Promise<StoryCall>;
  /** The embedding model the current settings choose (same errors as `open`). */
  openEmbedding(): Promise<StoryEmbedder>;
  /** A note's ledger, for recording where a generation was placed. */
  recorder(notePath: string): Promise<ProvenanceRecorder>;
}

/** Wires the keychain, the ledgers, the providers and the checks once, for both generation and the continuity pass. */
export function createStorySession(host: StorySessionHost): StorySession {
  const guard = createGuard({ runtime: createRuntime({ fetch: createSessionFetch(host.fetch, host.settings) }) });
  const keys = createInstallKeys(host.secrets, guard.runtime.subtle);
  const apiKeyOf = async (settings: StorySettings): Promise<string | undefined> => (settings.apiKeySecretName === '' ? undefined : host.secrets.get(settings.apiKeySecretName));
  const recorder = (notePath: string, apiKey?: string): Promise<ProvenanceRecorder> => createNoteRecorder(host.adapter, keys, guard.runtime, notePath, apiKey);
  return {
    guard,
    recorder: (notePath) => recorder(notePath),
    async open() {
      const settings = host.settings();
      const apiKey = await apiKeyOf(settings);
      const models = { providerSettings: guard.providerSettings, apiKey };
      const model = createStoryModel(settings, models);
      const checked = guard.withChecks(createSessionChecks(settings, createStoryModeration(settings, models)));
      return { model, forNote: async (notePath) => checked.withRecorder(await recorder(notePath, apiKey)).text(model) };
    },
    async openEmbedding() {
      const settings = host.settings();
      const choice = createStoryEmbeddingModel(settings, { providerSettings: guard.providerSettings, apiKey: await apiKeyOf(settings) });
      return { ...choice, model: guard.embedding(choice.model) };
    },
  };
}
