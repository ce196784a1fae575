import { createGuard, type Guard } from '@reelkit/core/guard';
import type { ModerationModel } from '@reelkit/core/models';
import type { Runtime } from '@reelkit/core/runtime';
import { createSessionChecks, type CheckSettings } from '@reelkit/core/session';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import type { SecretStore } from '../ports/secret-store.js';
import { createProjectLedgers, type ProjectLedger } from '../provenance/create-project-ledgers.js';

/** The guard a run or a finished job uses, and the ledger it records into (none while no project is open). */
export interface ProjectGuard {
  readonly guard: Guard;
  readonly ledger?: ProjectLedger;
}

/** One panel session's guarding: one call policy for every provider, a ledger per project. */
export interface PanelSession {
  /** Spread into the provider factories (`createModels`), so every model shares the session's call policy. */
  readonly providerSettings: Guard['providerSettings'];
  /** The session guard for the project open now, running the checks the editor switched on. */
  forProject(checks: CheckSettings, moderation: ModerationModel | undefined): Promise<ProjectGuard>;
}

/** What the session is made from. */
export interface PanelSessionOptions {
  readonly host: PremiereHost;
  readonly files: FileStore;
  readonly secrets: SecretStore;
  readonly runtime: Runtime;
}

/**
 * Creates the panel session's one guard (DESIGN §2.2) and derives from it, per run, a guard with the editor's checks
 * (moderation, the language lint) recording into the open project's ledger. No signer here: features that sign add
 * the install's identity with `withSigner`, so the C2PA bundle loads only when one does.
 */
export function createPanelSession(options: PanelSessionOptions): PanelSession {
  const guard = createGuard({ runtime: options.runtime });
  const ledgers = createProjectLedgers({ files: options.files, secrets: options.secrets, runtime: options.runtime });
  return {
    providerSettings: guard.providerSettings,
    async forProject(checks, moderation) {
      const checked = guard.withChecks(createSessionChecks(checks, moderation));
      const project = await options.host.readProjectName();
      if (project === undefined) return { guard: checked };
      const ledger = await ledgers.forProject(project);
      return { guard: checked.withRecorder(ledger.recorder), ledger };
    },
  };
}
