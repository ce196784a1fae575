import type { Runtime } from '@reelkit/core';
import { estimateRunCost } from '../cost/estimate-run-cost.js';
import { addSceneMarkers } from '../features/add-scene-markers.js';
import { createModels, type PanelModels } from '../features/create-models.js';
import { mediaTypeForPath } from '../features/media-type-for-path.js';
import { transcribeMedia } from '../features/transcribe-media.js';
import type { JobStore } from '../jobs/job-store.js';
import { createJobTracker, type JobTracker } from '../jobs/job-tracker.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import type { SecretStore } from '../ports/secret-store.js';
import { ticksToSeconds } from '../time/ticks.js';
import type { PanelFeatureId } from './panel-features.js';
import { toPanelView, type PanelState, type PanelView } from './panel-view-model.js';

/** What the controller drives. */
export interface PanelControllerOptions {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly secrets: SecretStore;
  readonly jobStore: JobStore;
  readonly runtime: Runtime;
  /** Asks the editor for a Fountain script (a file picker in UXP). */
  readonly pickScript: () => Promise<string | undefined>;
  readonly render: (view: PanelView) => void;
}

/** The panel's behaviour: state in, view out; every feature run goes through here with progress and cancel. */
export interface PanelController {
  refresh(): Promise<void>;
  select(id: PanelFeatureId): void;
  run(): Promise<void>;
  cancel(jobId: string): void;
  /** Stores a key (an empty value removes it) and rebuilds the models. */
  saveKey(name: 'openai' | 'replicate' | 'local', value: string): Promise<void>;
  dispose(): void;
}

/** Creates the controller and resumes jobs saved by an earlier panel load. */
export async function createPanelController(options: PanelControllerOptions): Promise<PanelController> {
  let state: PanelState = { selected: 'transcribe', hasProvider: false, jobs: [] };
  let models: PanelModels = await createModels(options.secrets, options.runtime);
  let clipPath: string | undefined;
  let mediaSeconds = 0;
  let running: AbortController | undefined;
  const set = (changes: Partial<PanelState>): void => {
    state = { ...state, ...changes };
    options.render(toPanelView(state));
  };
  const tracker: JobTracker = createJobTracker({
    store: options.jobStore,
    modelFor: (handle) => models.jobModel(handle),
    runtime: options.runtime,
    onChange: (jobs) => set({ jobs }),
    // Downloading and importing finished music and video outputs is wired with the core media tasks.
    onSucceeded: () => undefined,
  });
  const estimate = (): string | undefined => {
    if (state.selected === 'transcribe' && models.transcription !== undefined) {
      return estimateRunCost({ kind: 'transcription', mediaSeconds }, models.transcription, models.prices).summary;
    }
    return state.selected === 'scene-markers' ? 'No model call: free.' : undefined;
  };
  const controller: PanelController = {
    async refresh() {
      models = await createModels(options.secrets, options.runtime);
      const [project, sequence, clip] = await Promise.all([options.host.readProjectName(), options.host.readActiveSequence(), options.host.readSelectedClip()]);
      clipPath = clip?.path;
      // The sequence length stands in for the clip's until the clip's own duration is read.
      mediaSeconds = sequence === undefined ? 0 : ticksToSeconds(sequence.endTicks);
      const { project: _project, sequence: _sequence, clip: _clip, estimate: _estimate, ...rest } = state;
      state = {
        ...rest,
        ...(project === undefined ? {} : { project }),
        ...(sequence === undefined ? {} : { sequence: sequence.name }),
        ...(clip === undefined ? {} : { clip: clip.name }),
        hasProvider: models.transcription !== undefined,
      };
      const line = estimate();
      set(line === undefined ? {} : { estimate: line });
    },
    select(id) {
      const { estimate: _estimate, ...rest } = state;
      state = { ...rest, selected: id };
      const line = estimate();
      set(line === undefined ? {} : { estimate: line });
    },
    async run() {
      const view = toPanelView(state);
      if (!view.runEnabled) return;
      running = new AbortController();
      set({ running: { label: view.runLabel } });
      try {
        if (state.selected === 'transcribe' && models.transcription !== undefined && clipPath !== undefined) {
          const result = await transcribeMedia({ host: options.host, files: options.files, model: models.transcription, mediaPath: clipPath, mediaType: mediaTypeForPath(clipPath), now: () => new Date(options.runtime.now()), signal: running.signal });
          set({ message: { tone: 'info', text: `${result.captions.cues.length} caption${result.captions.cues.length === 1 ? '' : 's'} written to ${result.paths.srt}; transcript ${result.captions.transcript === undefined ? 'not attached (no speech)' : 'attached'}.` } });
        } else if (state.selected === 'scene-markers') {
          const fountain = await options.pickScript();
          if (fountain === undefined) return;
          const { added, alignment } = await addSceneMarkers(options.host, fountain);
          set({ message: { tone: 'info', text: `${added} scene markers added; dialogue of ${alignment.scenesFound} of ${alignment.scenesWithDialogue} scenes heard in the edit.` } });
        }
      } catch (error) {
        set({ message: { tone: 'error', text: error instanceof Error ? error.message : String(error) } });
      } finally {
        running = undefined;
        const { running: _running, ...rest } = state;
        state = rest;
        set({});
      }
    },
    cancel(jobId) {
      tracker.cancel(jobId);
    },
    async saveKey(name, value) {
      if (value === '') await options.secrets.delete(name);
      else await options.secrets.set(name, value);
      await controller.refresh();
      set({ message: { tone: 'info', text: value === '' ? `Removed the ${name} key.` : `Saved the ${name} key in secure storage.` } });
    },
    dispose() {
      running?.abort();
      tracker.dispose();
    },
  };
  await tracker.resume();
  return controller;
}
