import { entrypoints, type PanelHandlers } from 'uxp';

/** Connects the handlers of each panel to the entry points declared in manifest.json. */
export function registerPanels(panels: Readonly<Record<string, PanelHandlers>>): void {
  entrypoints.setup({ panels });
}
