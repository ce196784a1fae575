import { createLedgerRecorder, type ProvenanceRecorder } from '@reelkit/core/provenance';
import type { Runtime } from '@reelkit/core/runtime';
import { createInstallKeys, type InstallKeyNames } from '@reelkit/core/session';
import type { FileStore } from '../ports/file-store.js';
import type { SecretStore } from '../ports/secret-store.js';
import { createFileLedgerStore } from './file-ledger-store.js';
import { projectLedgerPath } from './project-ledger-path.js';

/** Where the install's ledger keys live in secure storage (`reelkit.key.` + name); never in a file. */
export const ledgerKeyNames: InstallKeyNames = { promptKey: 'ledger-prompt-key', signingKey: 'ledger-signing-key' };

/** One project's ledger: where it is, the recorder the panel's guard records into, and its checkpoint. */
export interface ProjectLedger {
  readonly path: string;
  readonly recorder: ProvenanceRecorder;
  /** Signs a checkpoint over what was recorded since the last seal; does nothing when nothing was. */
  seal(): Promise<void>;
}

/** What the project ledgers are kept with. */
export interface ProjectLedgersOptions {
  readonly files: FileStore;
  readonly secrets: SecretStore;
  readonly runtime: Pick<Runtime, 'now' | 'random' | 'hasher' | 'subtle'>;
}

/** The panel session's project ledgers: each opened once, on the first generation in that project. */
export interface ProjectLedgers {
  forProject(projectName: string): Promise<ProjectLedger>;
}

/**
 * Keeps one JSON Lines ledger per project in the work folder, recorded with the install's keys (prompt digests,
 * signed checkpoints) from secure storage. The same file across panel loads continues one hash chain.
 */
export function createProjectLedgers(options: ProjectLedgersOptions): ProjectLedgers {
  const keys = createInstallKeys(options.secrets, options.runtime.subtle, ledgerKeyNames);
  const opened = new Map<string, Promise<ProjectLedger>>();
  const open = async (path: string): Promise<ProjectLedger> => {
    const [promptKey, openai, replicate] = await Promise.all([keys.promptKey(), options.secrets.get('openai'), options.secrets.get('replicate')]);
    const inner = createLedgerRecorder({ store: createFileLedgerStore(options.files, path), runtime: options.runtime, promptKey, signingKeys: keys.signingKeys, secrets: [openai, replicate] });
    let unsealed = 0;
    const counted =
      <Input, Output>(call: (input: Input) => Promise<Output>) =>
      async (input: Input): Promise<Output> => {
        const result = await call(input);
        unsealed += 1;
        return result;
      };
    const recorder: ProvenanceRecorder = {
      record: counted(inner.record),
      recordPlacement: counted(inner.recordPlacement),
      recordEvent: counted(inner.recordEvent),
      checkpoint: async () => {
        await inner.checkpoint();
        unsealed = 0;
      },
    };
    return { path, recorder, seal: async () => (unsealed > 0 ? recorder.checkpoint() : undefined) };
  };
  return {
    async forProject(projectName) {
      const path = projectLedgerPath(await options.files.workFolder(), projectName);
      let ledger = opened.get(path);
      if (ledger === undefined) {
        ledger = open(path);
        // A failed open (secure storage unavailable) is retried on the next run rather than cached.
        void ledger.catch(() => opened.delete(path));
        opened.set(path, ledger);
      }
      return ledger;
    },
  };
}
