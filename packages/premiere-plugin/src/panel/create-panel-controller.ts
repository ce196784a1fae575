import type { GeneratedMediaSigner } from '@reelkit/core/provenance/media';
import type { ProviderSettings } from '@reelkit/core/providers';
import type { Runtime } from '@reelkit/core/runtime';
import { defaultCheckSettings, type CheckSettings } from '@reelkit/core/session';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import type { PanelModels } from '../features/create-models.js';
import { importJobOutput } from '../features/import-job-output.js';
import { placeJobAudio } from '../features/place-job-audio.js';
import type { JobStore } from '../jobs/job-store.js';
import { createJobTracker, type JobTracker } from '../jobs/job-tracker.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost, SequenceInfo } from '../ports/premiere-host.js';
import type { SecretStore } from '../ports/secret-store.js';
import type { ProjectLedger } from '../provenance/create-project-ledgers.js';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { hasMarkedRange } from '../features/has-marked-range.js';
import { ticksToSeconds } from '../time/ticks.js';
import type { CutReason } from '@reelkit/core/tasks/rough-cut';
import type { CheckSettingsStore } from './check-settings-store.js';
import { createPanelSession } from './create-panel-session.js';
import { estimateFeatureCost } from './estimate-feature-cost.js';
import type { FeatureProvider, PanelFeatureId } from './panel-features.js';
import { toPanelView, type PanelState, type PanelView } from './panel-view-model.js';
import { cutRows, cutSelection, toggleCutRows } from './cut-preview.js';
import { localEndpointProblem } from './local-endpoint-origins.js';
import { reviewFindings } from './review-findings.js';
import { runFeature, type FeatureOutcome } from './run-feature.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** What the controller drives. */
export interface PanelControllerOptions {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly secrets: SecretStore;
  readonly jobStore: JobStore;
  readonly runtime: Runtime;
  /**
   * Loads the C2PA signer on first use. The entry passes one that loads the separate signing bundle, so the panel
   * opens without the ~800 KB of C2PA code; tests pass `loadMediaSigner` directly.
   */
  readonly loadSigner: (secrets: SecretStore, runtime: Runtime) => Promise<GeneratedMediaSigner>;
  /**
   * Builds the models from the stored keys on the session's provider settings (its one call policy); the entry loads
   * the provider SDKs' bundle for it, tests pass `createModels`.
   */
  readonly loadModels: (secrets: SecretStore, settings: ProviderSettings) => Promise<PanelModels>;
  /** Where the editor's check switches persist; kept in memory, both on, when omitted. */
  readonly checkSettings?: CheckSettingsStore;
  /** Asks the editor for a Fountain script (a file picker in UXP). */
  readonly pickScript: () => Promise<string | undefined>;
  /** Asks the editor for an encoder preset (.epr) for range exports; its path is kept for the session. */
  readonly pickExportPreset?: () => Promise<string | undefined>;
  readonly render: (view: PanelView) => void;
}

/** The panel's behaviour: state in, view out; every feature run goes through here with progress and cancel. */
export interface PanelController {
  refresh(): Promise<void>;
  select(id: PanelFeatureId): void;
  /** The text of the selected feature's option field changed. */
  setOption(text: string): void;
  run(): Promise<void>;
  /** Cancels the run in the panel (`undefined`) or a provider job. */
  cancel(jobId?: string): void;
  /** Stores a key (an empty value removes it) and rebuilds the models. */
  saveKey(name: 'openai' | 'replicate' | 'local', value: string): Promise<void>;
  /** Turns a check on generated text (moderation, the language lint) on or off, for this and later sessions. */
  setCheck(id: keyof CheckSettings, on: boolean): Promise<void>;
  /** Ticks or unticks one proposed cut, or every cut of a reason, before the rough cut is built. */
  toggleCut(target: { readonly id: string } | { readonly reason: CutReason }, checked: boolean): void;
  dispose(): void;
}

const availableProviders = (models: PanelModels): FeatureProvider[] => [
  ...(models.transcription === undefined ? [] : (['speech'] as const)),
  ...(models.text === undefined ? [] : (['openai'] as const)),
  ...(models.music === undefined ? [] : (['replicate'] as const)),
];

/** Signs the ledger's new entries; a failure is said after the run's message, as the outputs are kept either way. */
async function seal(ledger: ProjectLedger | undefined): Promise<string> {
  try {
    await ledger?.seal();
    return '';
  } catch (error) {
    return ` The project ledger could not be signed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Creates the controller and resumes jobs saved by an earlier panel load. */
export async function createPanelController(options: PanelControllerOptions): Promise<PanelController> {
  const session = createPanelSession(options);
  let savedChecks = defaultCheckSettings;
  const checkStore: CheckSettingsStore = options.checkSettings ?? { load: async () => savedChecks, save: async (checks) => void (savedChecks = checks) };
  let state: PanelState = { selected: 'transcribe', available: [], jobs: [], checks: await checkStore.load() };
  let models: PanelModels = await options.loadModels(options.secrets, session.providerSettings);
  let clip: { path: string; name: string } | undefined;
  let clips: { path: string; name: string }[] = [];
  let preset: string | undefined;
  let sequence: SequenceInfo | undefined;
  let captionCharacters = 0;
  let script: string | undefined;
  let signer: Promise<GeneratedMediaSigner> | undefined;
  let pending: FeatureOutcome['pending'];
  let running: AbortController | undefined;
  const set = (changes: Partial<PanelState>): void => {
    state = { ...state, ...changes };
    options.render(toPanelView(state));
  };
  const without = (...keys: ('estimate' | 'pending' | 'running' | 'cuts')[]): void => {
    const next: Record<string, unknown> = { ...state };
    for (const key of keys) delete next[key];
    state = next as unknown as PanelState;
  };
  const projectGuard = () => session.forProject(state.checks, models.moderation);
  const getSigner = (): Promise<GeneratedMediaSigner> => (signer ??= options.loadSigner(options.secrets, options.runtime));
  const now = () => new Date(options.runtime.now());
  const tracker: JobTracker = createJobTracker({
    store: options.jobStore,
    modelFor: (handle) => models.jobModel(handle),
    runtime: options.runtime,
    onChange: (jobs) => set({ jobs }),
    onSucceeded: async (job, output, metadata) => {
      const { guard, ledger } = await projectGuard();
      // Music cues (MP3, WAV) get Content Credentials; video operations return MP4, which takes none: no signer loaded.
      const delivering = job.handle.kind === 'music' ? guard.withSigner(await getSigner()) : guard;
      const result = await importJobOutput({ host: options.host, files: options.files, guard: delivering, now }, job, output, metadata);
      const placed = await placeJobAudio({ host: options.host, files: options.files, guard }, job, result.imported, state.capabilities ?? premiereCapabilities(undefined));
      set({ message: { tone: 'info', text: `${job.label} imported.${placed}${reviewFindings(result.findings)}${await seal(ledger)}` } });
    },
  });
  const option = (): string => state.options?.[state.selected] ?? '';
  const showEstimate = (): void => {
    without('estimate');
    // A marked in/out range is what a video job sends; otherwise the sequence's length stands in for the clip's.
    const mediaSeconds = sequence === undefined ? 0 : ticksToSeconds(hasMarkedRange(sequence) ? sequence.outTicks - sequence.inTicks : sequence.endTicks);
    const line = estimateFeatureCost(state.selected, models, { mediaSeconds, captionCharacters, option: option() });
    set(line === undefined ? {} : { estimate: line });
  };
  const controller: PanelController = {
    async refresh() {
      models = await options.loadModels(options.secrets, session.providerSettings);
      const [project, activeSequence, selected, version] = await Promise.all([options.host.readProjectName(), options.host.readActiveSequence(), options.host.readSelectedClips(), options.host.readPremiereVersion()]);
      clips = selected;
      clip = selected[0];
      // The sequence length stands in for the clip's until the clip's own duration is read.
      sequence = activeSequence;
      captionCharacters =
        clip === undefined ? 0 : await options.files.readBytes(sidecarPaths(await options.files.workFolder(), clip.path).srt).then((bytes) => bytes.length, () => 0);
      const { project: _project, sequence: _sequence, clip: _clip, ...rest } = state;
      state = {
        ...rest,
        ...omitUndefined({ project }),
        ...(sequence === undefined ? {} : { sequence: sequence.name }),
        ...(clip === undefined ? {} : { clip: clip.name }),
        available: availableProviders(models),
        capabilities: premiereCapabilities(version),
      };
      showEstimate();
    },
    select(id) {
      pending = undefined;
      without('pending', 'cuts');
      state = { ...state, selected: id };
      showEstimate();
    },
    setOption(text) {
      pending = undefined;
      without('pending', 'cuts');
      state = { ...state, options: { ...state.options, [state.selected]: text } };
      showEstimate();
    },
    async run() {
      const view = toPanelView(state);
      if (!view.runEnabled) return;
      running = new AbortController();
      const signal = running.signal;
      const feature = state.selected;
      set({ running: { label: view.runLabel } });
      let ledger: ProjectLedger | undefined;
      try {
        const next = pending;
        const selection = cutSelection(state.cuts?.rows ?? []);
        pending = undefined;
        without('pending', 'cuts');
        const current = await projectGuard();
        ledger = current.ledger;
        const outcome: FeatureOutcome = next !== undefined ? { message: await next.run({ selection }) } : await runFeature(feature, {
          host: options.host,
          files: options.files,
          models,
          guard: current.guard,
          tracker,
          signer: getSigner,
          script: async () => (script ??= await options.pickScript()),
          chosenScript: () => script,
          capabilities: state.capabilities ?? premiereCapabilities(undefined),
          exportPreset: async () => (preset ??= await options.pickExportPreset?.()),
          clips,
          ...omitUndefined({ clip, sequence }),
          option: option(),
          onProgress: (done) => set({ running: { label: view.runLabel, progress: done } }),
          signal,
        });
        pending = outcome.pending;
        set({
          message: { tone: 'info', text: `${outcome.message}${await seal(ledger)}` },
          ...(outcome.pending === undefined ? {} : { pending: { feature, label: outcome.pending.label } }),
          ...(outcome.cuts === undefined || outcome.pending === undefined ? {} : { cuts: { feature, rows: cutRows(outcome.cuts) } }),
        });
      } catch (error) {
        // What was generated before the failure is recorded: its entries are signed too.
        const text = signal.aborted ? 'Cancelled; what was finished stays in the project.' : error instanceof Error ? error.message : String(error);
        set({ message: { tone: 'error', text: `${text}${await seal(ledger)}` } });
      } finally {
        running = undefined;
        without('running');
        set({});
      }
    },
    toggleCut(target, checked) {
      if (state.cuts !== undefined) set({ cuts: { ...state.cuts, rows: toggleCutRows(state.cuts.rows, target, checked) } });
    },
    cancel(jobId) {
      if (jobId === undefined) running?.abort();
      else tracker.cancel(jobId);
    },
    async saveKey(name, value) {
      const problem = name === 'local' && value !== '' ? localEndpointProblem(value) : undefined;
      if (problem !== undefined) return set({ message: { tone: 'error', text: problem } });
      if (value === '') await options.secrets.delete(name);
      else await options.secrets.set(name, value);
      await controller.refresh();
      set({ message: { tone: 'info', text: value === '' ? `Removed the ${name} key.` : `Saved the ${name} key in secure storage.` } });
    },
    async setCheck(id, on) {
      const checks = { ...state.checks, [id]: on };
      await checkStore.save(checks);
      set({ checks });
    },
    dispose() {
      running?.abort();
      tracker.dispose();
    },
  };
  await tracker.resume();
  return controller;
}
