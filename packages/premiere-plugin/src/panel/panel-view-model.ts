import type { CheckSettings } from '@reelkit/core/session';
import type { CutReason } from '@reelkit/core/tasks/rough-cut';
import type { CapabilityId, PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import type { CutRow } from './cut-preview.js';
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
  /** What the running Premiere's API can do, once its version is read. */
  readonly capabilities?: PremiereCapabilities;
  /** A rough cut's proposed cuts, for the editor to untick before the second Run. */
  readonly cuts?: { readonly feature: PanelFeatureId; readonly rows: readonly CutRow[] };
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

/** The preview of a rough cut: a tick per reason (all its cuts), then the first rows, each with its own tick. */
export interface CutPreviewView {
  readonly reasons: readonly { readonly reason: CutReason; readonly label: string; readonly checked: boolean }[];
  readonly rows: readonly Pick<CutRow, 'id' | 'label' | 'checked'>[];
  /** Rows not drawn (a long clip proposes hundreds), which keep their ticks. */
  readonly hidden: number;
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
  readonly cuts?: CutPreviewView;
}

// Which capability each feature's last step needs; the note says what happens where it is missing.
const featureCapability: Partial<Record<PanelFeatureId, CapabilityId>> = { 'rough-cut': 'build-sequences', 'script-assembly': 'build-sequences', trailer: 'build-sequences', dub: 'place-audio', video: 'range-export' };
const reasonNames: Record<CutReason, string> = { silence: 'Silences', filler: 'Fillers', retake: 'Retakes' };
/** Rows drawn at most: UXP panels slow down past a few hundred elements. */
const maxCutRows = 120;

function cutPreview(rows: readonly CutRow[]): CutPreviewView {
  const reasons = (['silence', 'filler', 'retake'] as const).flatMap((reason) => {
    const of = rows.filter((row) => row.reason === reason);
    return of.length === 0 ? [] : [{ reason, label: `${reasonNames[reason]} (${of.filter((row) => row.checked).length} of ${of.length})`, checked: of.every((row) => row.checked) }];
  });
  return { reasons, rows: rows.slice(0, maxCutRows).map(({ id, label, checked }) => ({ id, label, checked })), hidden: Math.max(0, rows.length - maxCutRows) };
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
    note: blocker ?? [state.estimate ?? 'Estimating cost…', capabilityNote(feature.id, state.capabilities)].filter(Boolean).join(' '),
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
    ...(state.cuts?.feature === feature.id ? { cuts: cutPreview(state.cuts.rows) } : {}),
  };
}

/** Why the selected feature's last step works differently on this version ('' when it does not). */
function capabilityNote(id: PanelFeatureId, capabilities: PremiereCapabilities | undefined): string {
  const needed = featureCapability[id];
  return needed === undefined || capabilities === undefined ? '' : capabilities[needed].reason;
}
