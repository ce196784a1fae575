// Entry of the UXP panel: it only wires features to Premiere.
import { readActiveProjectName } from './host/read-active-project-name.js';
import { registerPanels } from './host/register-panel.js';
import { mainPanelId } from './panel-ids.js';
import { renderStatusView } from './status-view.js';

registerPanels({
  [mainPanelId]: {
    create: (rootNode) => {
      const status = renderStatusView(rootNode);
      // Not awaited: UXP gives `create` 300 ms, and the project lookup may take longer.
      void readActiveProjectName().then(status.showProject);
    },
  },
});
