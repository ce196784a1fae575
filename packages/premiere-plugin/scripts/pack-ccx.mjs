// `node packages/premiere-plugin/scripts/pack-ccx.mjs`: packages the built panel as dist/reelkit-<version>.ccx, the
// zip of the plugin folder that Creative Cloud's installer (double-click, or UPIA) and the Developer Tool accept.
// Run `npm run build` first: the package holds manifest.json, index.html and the three bundles.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeZip } from './write-zip.mjs';

const pluginDir = fileURLToPath(new URL('..', import.meta.url));
// The panel, plus the provider SDKs and the C2PA signer it loads when needed (src/host/load-plugin-modules.ts).
const files = ['manifest.json', 'index.html', 'dist/index.js', 'dist/providers.js', 'dist/signing.js'];

const manifest = JSON.parse(await readFile(`${pluginDir}manifest.json`, 'utf8'));
const entries = [];
for (const name of files) {
  try {
    entries.push({ name, bytes: new Uint8Array(await readFile(`${pluginDir}${name}`)) });
  } catch {
    console.error(`pack-ccx: ${name} is missing; run "npm run build" first.`);
    process.exit(1);
  }
}
const output = `dist/reelkit-${manifest.version}.ccx`;
await writeFile(`${pluginDir}${output}`, writeZip(entries));
console.log(`pack-ccx: wrote packages/premiere-plugin/${output} (${entries.length} files)`);
