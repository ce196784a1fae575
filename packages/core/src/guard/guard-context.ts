import type { GeneratedMediaSigner } from '../provenance/media/generated-media-signer.js';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import type { Runtime } from '../runtime/runtime.js';
import type { TextCheck } from './text-check.js';

/** What every model of one guard shares: the checks, the ledger, the media signer and the runtime. */
export interface GuardContext {
  readonly runtime: Runtime;
  readonly checks: readonly TextCheck[];
  readonly recorder?: ProvenanceRecorder;
  readonly signer?: GeneratedMediaSigner;
}
