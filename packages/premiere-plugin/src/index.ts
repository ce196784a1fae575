// Entry of the UXP panel: it only wires the host to the features.
// First: installs the TextEncoder/TextDecoder polyfills before the SDKs' modules load (see the file for why).
import './install-uxp-globals.js';
import { createRuntime } from '@reelkit/core/runtime';
import { connectPremiere } from './host/connect-premiere.js';
import { loadProvidersModule, loadSigningModule } from './host/load-plugin-modules.js';
import { pickFilePath } from './host/pick-file-path.js';
import { pickTextFile } from './host/pick-text-file.js';
import { registerPanels } from './host/register-panel.js';
import { createUxpFileStore } from './host/uxp-file-store.js';
import { createUxpSecretStore } from './host/uxp-secret-store.js';
import { createLocalStorageJobStore } from './jobs/local-storage-job-store.js';
import { createLocalStorageCheckSettingsStore } from './panel/check-settings-store.js';
import { createPanelController, type PanelController } from './panel/create-panel-controller.js';
import { mainPanelId } from './panel-ids.js';
import { renderPanel } from './panel/render-panel.js';

let controller: PanelController | undefined;

registerPanels({
  [mainPanelId]: {
    create: (rootNode) => {
      const render = renderPanel(rootNode, {
        onSelect: (id) => controller?.select(id),
        onRun: () => void controller?.run(),
        onCancel: (jobId) => controller?.cancel(jobId),
        onOption: (text) => controller?.setOption(text),
        onSaveKey: (name, value) => void controller?.saveKey(name, value),
        onCheck: (id, on) => void controller?.setCheck(id, on),
        onToggleCut: (target, checked) => controller?.toggleCut(target, checked),
      });
      // Not awaited: UXP gives `create` 300 ms, and reading the project may take longer.
      void createPanelController({
        host: connectPremiere(),
        files: createUxpFileStore(),
        secrets: createUxpSecretStore(),
        jobStore: createLocalStorageJobStore(globalThis.localStorage),
        runtime: createRuntime(),
        loadSigner: (secrets, runtime) => loadSigningModule().loadMediaSigner(secrets, runtime),
        loadModels: (secrets, settings) => loadProvidersModule().createModels(secrets, settings),
        checkSettings: createLocalStorageCheckSettingsStore(globalThis.localStorage),
        pickScript: () => pickTextFile(['fountain', 'txt']),
        pickExportPreset: () => pickFilePath(['epr']),
        render,
      }).then(async (created) => {
        controller = created;
        await created.refresh();
      });
    },
    show: () => void controller?.refresh(),
    destroy: () => controller?.dispose(),
  },
});
