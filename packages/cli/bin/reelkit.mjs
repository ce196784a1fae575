#!/usr/bin/env node
// The installed `reelkit` command: runs the bundle `npm run build` makes. Committed so npm can link the command
// on a fresh install, before anything is built.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/reelkit.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('reelkit is not built yet: run `npm run build` at the repository root first.\n');
  process.exit(2);
}
await import(bundle.href);
