import type { CheckSettings } from '@reelkit/core/session';
import type { TrackedJob } from '../jobs/job-tracker.js';
import { panelFeatures, type FeatureProvider, type PanelFeatureId } from './panel-features.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Everything the panel shows, as plain data. */
export interface PanelState {
  readonly project?: string;
  readonly sequence?: string;
  /** The selected clip's file name, when one is selected in the Project panel. */
  readonly clip?: string;
  readonly selected: PanelFeatureId;
  /** The cost line for the selected feature, computed before the run. */
  readonly estimate?: string;
  /** Providers with a key (or, for speech, a local endpoint) in secure storage. */
  readonly available: readonly FeatureProvider[];
  /** What the editor typed in each feature's option field. */
  readonly options?: Partial<Readonly<Record<PanelFeatureId, string>>>;
  /** A plan shown and waiting for a second Run (music cue, storyboard), with that Run's label. */
  readonly pending?: { readonly feature: PanelFeatureId; readonly label: string };
  /** The run in progress in the panel itself (jobs at providers are in `jobs`). */
  readonly running?: { readonly label: string; readonly progress?: number };
  readonly jobs: readonly TrackedJob[];
  readonly message?: { readonly tone: 'info' | 'error'; readonly text: string };
  /** The editor's switches for the checks on every generated text. */
  readonly checks: CheckSettings;
}

/** A feature button. */
export interface FeatureView {
  readonly id: PanelFeatureId;
  readonly label: string;
  readonly selected: boolean;
  readonly enabled: boolean;
}

/** A job row: `progress` in percent, absent for an indeterminate bar. */
export interface JobView {
  readonly id: string;
  readonly label: string;
  readonly status: string;
  readonly progress?: number;
  readonly canCancel: boolean;
}

/** A check switch in the settings. */
export interface CheckSwitchView {
  readonly id: keyof CheckSettings;
  readonly label: string;
  readonly on: boolean;
}

/** The panel, ready to bind to Spectrum elements. */
export interface PanelView {
  readonly context: string;
  readonly features: readonly FeatureView[];
  /** The selected feature's option field, when it has one. */
  readonly option?: { readonly placeholder: string; readonly value: string };
  readonly runLabel: string;
  readonly runEnabled: boolean;
  /** Why Run is disabled, or the cost estimate. */
  readonly note: string;
  readonly progress?: { readonly label: string; readonly percent?: number };
  readonly jobs: readonly JobView[];
  readonly message?: PanelState['message'];
  readonly checks: readonly CheckSwitchView[];
}

const missingKey: Record<FeatureProvider, string> = {
  speech: 'Add an API key or a local endpoint in Settings.',
  openai: 'Add an OpenAI API key in Settings.',
  replicate: 'Add a Replicate API token in Settings.',
};

const checkLabels: Record<keyof CheckSettings, string> = {
  moderation: 'Moderate generated text (with an OpenAI key)',
  language: 'Inclusive-language check on generated text',
};

const stateText: Record<TrackedJob['state'], string> = { queued: 'Queued', running: 'Running', succeeded: 'Done', failed: 'Failed', canceled: 'Cancelled' };

/** Derives what the panel shows from its state: what can run, why not, what it will cost, and each job's progress. */
export function toPanelView(state: PanelState): PanelView {
  const feature = panelFeatures.find((candidate) => candidate.id === state.selected) ?? panelFeatures[0];
  const missing = (feature.providers as readonly FeatureProvider[]).find((provider) => !state.available.includes(provider));
  const blocker =
    state.project === undefined
      ? 'Open a project to start.'
      : feature.needs === 'clip' && state.clip === undefined
          ? 'Select a clip in the Project panel.'
          : feature.needs === 'sequence' && state.sequence === undefined
            ? 'Open a sequence in the Timeline.'
            : missing !== undefined
              ? missingKey[missing]
              : state.running !== undefined
                ? `Wait for "${state.running.label}" to finish.`
                : undefined;
  const context = state.project === undefined ? 'No project open' : [state.project, state.sequence, state.clip].filter((part) => part !== undefined).join(' · ');
  return {
    context,
    features: panelFeatures.map((item) => ({ id: item.id, label: item.label, selected: item.id === feature.id, enabled: true })),
    ...('option' in feature ? { option: { placeholder: feature.option, value: state.options?.[feature.id] ?? '' } } : {}),
    runLabel: state.pending?.feature === feature.id ? state.pending.label : feature.label,
    runEnabled: blocker === undefined,
    note: blocker ?? state.estimate ?? 'Estimating cost…',
    ...(state.running === undefined
      ? {}
      : { progress: { label: state.running.label, ...(state.running.progress === undefined ? {} : { percent: Math.round(state.running.progress * 100) }) } }),
    jobs: state.jobs.map((job) => ({
      id: job.id,
      label: job.label,
      status: job.error === undefined ? stateText[job.state] : `${stateText[job.state]}: ${job.error}`,
      ...(job.progress === undefined ? {} : { progress: Math.round(job.progress * 100) }),
      canCancel: job.state === 'queued' || job.state === 'running',
    })),
    ...omitUndefined({ message: state.message }),
    checks: (['moderation', 'language'] as const).map((id) => ({ id, label: checkLabels[id], on: state.checks[id] })),
  };
}
