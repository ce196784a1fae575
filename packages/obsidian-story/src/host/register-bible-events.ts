import { type Plugin, TFile } from 'obsidian';
import type { BibleSync } from './bible-sync.js';
import { metadataIsPort } from './metadata-port.js';
import { moveLedger } from './move-ledger.js';
import { subscribeBible } from './subscribe-bible.js';

/** Feeds vault and metadata events to the sync; all registered on the plugin, so they end with it. */
export function registerBibleEvents(plugin: Plugin, sync: BibleSync): void {
  const { vault, workspace } = plugin.app;
  workspace.onLayoutReady(() => void sync.load());
  subscribeBible(metadataIsPort(plugin.app.metadataCache), sync, (ref) => plugin.registerEvent(ref));
  plugin.registerEvent(vault.on('delete', (file) => file instanceof TFile && sync.deleted(file)));
  plugin.registerEvent(
    vault.on('rename', (file, oldPath) => {
      if (!(file instanceof TFile)) return;
      void sync.renamed(file, oldPath);
      void moveLedger(vault.adapter, oldPath, file.path);
    }),
  );
}
