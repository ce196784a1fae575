import type { GeneratedMediaSigner } from '@reelkit/core/provenance/media';
import type { Guard } from '@reelkit/core/guard';
import type { PlannedCut } from '@reelkit/core/tasks/rough-cut';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import type { PanelModels } from '../features/create-models.js';
import type { JobTracker } from '../jobs/job-tracker.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost, SequenceInfo } from '../ports/premiere-host.js';

/** What a feature run can use: the project, the models, the option the editor typed, and progress and cancel. */
export interface FeatureRunContext {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly models: PanelModels;
  /**
   * The panel session's guard as the project stands: the editor's checks, recording into the project's ledger. Every
   * model call of every feature goes through it; features that sign add the signer with `withSigner`.
   */
  readonly guard: Guard;
  readonly tracker: JobTracker;
  /** The install's C2PA signer, loaded (with its separate bundle) the first time a feature signs. */
  readonly signer: () => Promise<GeneratedMediaSigner>;
  /** The Fountain script chosen last (asks for one when none was). */
  readonly script: () => Promise<string | undefined>;
  /** The script chosen earlier in the session, without asking for one. */
  readonly chosenScript: () => string | undefined;
  /** What the running Premiere's API can do. */
  readonly capabilities: PremiereCapabilities;
  /** The encoder preset for range exports (asks for one, once, when none was chosen). */
  readonly exportPreset: () => Promise<string | undefined>;
  readonly clip?: { readonly path: string; readonly name: string };
  /** Every clip selected in the Project panel. */
  readonly clips: readonly { readonly path: string; readonly name: string }[];
  readonly sequence?: SequenceInfo;
  readonly option: string;
  readonly onProgress: (done: number) => void;
  readonly signal: AbortSignal;
}

/** What the editor chose in a preview before the second Run: cut ids ticked (true) or unticked (false). */
export interface PreviewChoices {
  readonly selection: Readonly<Record<string, boolean>>;
}

/** The message a run ends with, a preview of cuts to untick, and a plan waiting for a second Run. */
export interface FeatureOutcome {
  readonly message: string;
  /** Proposed cuts the panel lists with a tick each (a rough cut). */
  readonly cuts?: readonly PlannedCut[];
  readonly pending?: { readonly label: string; readonly run: (choices: PreviewChoices) => Promise<string> };
}
