import type { GeneratedMediaSigner } from '../checks/provenance/media/generated-media-signer.js';
import type { ProvenanceRecorder } from '../checks/provenance/provenance-recorder.js';
import type { TextModel } from '../models/text-model.js';
import { createCallPolicy, type CallPolicy, type CallPolicySettings } from '../providers/policy/call-policy.js';
import { omitUndefined } from '../runtime/omit-undefined.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import type { GuardContext } from './guard-context.js';
import { guardTextModel, type GuardedTextModel } from './guard-text-model.js';
import type { TextCheck } from './text-check.js';

/** What one host session guards its generations with. */
export interface GuardSettings {
  /** The host's runtime; the globals when omitted. */
  readonly runtime?: Runtime;
  /** Retries, timeouts, concurrency and cache of the session's one call policy. */
  readonly policy?: CallPolicySettings;
  /** Run on every text prompt and output: moderation, the language lint, originality. */
  readonly checks?: readonly TextCheck[];
  /** Where generations are recorded; without one, results carry no provenance id. */
  readonly recorder?: ProvenanceRecorder;
  /** Signs generated media with C2PA where the format allows; without one, media carry no Content Credentials. */
  readonly signer?: GeneratedMediaSigner;
}

/**
 * The one way from a host to a model (DESIGN §2.2): wraps bare models so every call is checked and recorded, and holds
 * the session's single call policy. Tasks accept only the models it returns.
 */
export interface Guard {
  readonly runtime: Runtime;
  /** Spread into every provider factory (`createOpenAI({ apiKey, ...guard.providerSettings })`): one concurrency limit and cache for the session. */
  readonly providerSettings: { readonly runtime: Runtime; readonly callPolicy: CallPolicy };
  readonly checks: readonly TextCheck[];
  readonly recorder: ProvenanceRecorder | undefined;
  /** `model` behind the guard: checked, recorded, with the findings and ledger entry beside each output. */
  text(model: TextModel): GuardedTextModel;
  /** The same guard recording into another ledger (a document's own), sharing the policy, checks and signer. */
  withRecorder(recorder: ProvenanceRecorder | undefined): Guard;
  /** The same guard running other checks (a user turned one off), sharing the policy, ledger and signer. */
  withChecks(checks: readonly TextCheck[]): Guard;
}

/** Creates a host session's guard. Create one per session and derive per-document guards with `withRecorder`. */
export function createGuard(settings: GuardSettings = {}): Guard {
  const runtime = settings.runtime ?? createRuntime();
  const { recorder, signer } = settings;
  return guardOver({ runtime, checks: settings.checks ?? [], ...omitUndefined({ recorder, signer }) }, createCallPolicy(runtime, settings.policy));
}

function guardOver(context: GuardContext, callPolicy: CallPolicy): Guard {
  return {
    runtime: context.runtime,
    providerSettings: { runtime: context.runtime, callPolicy },
    checks: context.checks,
    recorder: context.recorder,
    text: (model) => guardTextModel(model, context),
    withRecorder: (recorder) => guardOver({ runtime: context.runtime, checks: context.checks, ...omitUndefined({ recorder, signer: context.signer }) }, callPolicy),
    withChecks: (checks) => guardOver({ ...context, checks }, callPolicy),
  };
}
