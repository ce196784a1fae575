// `npm run package` (after `npm run build`, which the npm script runs first): makes what a user installs, in dist/
// at the repository root, and prints where each one is and how big it is.
//   VS Code   dist/reelkit-fountain-<version>.vsix        code --install-extension <file>   (budget 1 MB)
//   Obsidian  dist/reelkit-story-bible/                   main.js, manifest.json, styles.css (and LICENSE) for <vault>/.obsidian/plugins/
//             dist/reelkit-story-bible-<version>.zip      the same files, as a release asset
//   Premiere  dist/reelkit-premiere-<version>.ccx         the UXP Developer Tool or a double-click installs it
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeZip } from '../packages/premiere-plugin/scripts/write-zip.mjs';
import { root } from './bundles.mjs';

const out = join(root, 'dist');
const vsixBudgetBytes = 1024 * 1024;
const made = [];
const failures = [];

const readJson = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));
const readAll = async (folder, names) =>
  Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(root, folder, name))) })));

async function packageVsCode() {
  const { version } = await readJson('packages/fountain-vscode/package.json');
  const file = join(out, `reelkit-fountain-${version}.vsix`);
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  // The bundles hold every dependency, so --no-dependencies; .vscodeignore keeps the rest out.
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', file], {
    cwd: join(root, 'packages/fountain-vscode'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vsce package failed (see above)');
  const { size } = await stat(file);
  if (size > vsixBudgetBytes) throw new Error(`${file} is ${(size / 1024).toFixed(1)} KB, over its ${vsixBudgetBytes / 1024} KB budget`);
  made.push({ host: 'VS Code', file, size, install: `code --install-extension ${file}` });
}

async function packageObsidian() {
  const manifest = await readJson('packages/obsidian-story/manifest.json');
  const files = [
    ...(await readAll('packages/obsidian-story/dist', ['main.js'])),
    ...(await readAll('packages/obsidian-story', ['manifest.json', 'styles.css', 'LICENSE'])),
  ];
  const folder = join(out, manifest.id);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const { name, bytes } of files) await writeFile(join(folder, name), bytes);
  const zip = join(out, `${manifest.id}-${manifest.version}.zip`);
  // Obsidian's plugin folder is named after the id: unzipped into .obsidian/plugins/ it lands in place.
  await writeFile(zip, writeZip(files.map(({ name, bytes }) => ({ name: `${manifest.id}/${name}`, bytes }))));
  made.push({ host: 'Obsidian', file: `${folder}/`, size: files.reduce((sum, { bytes }) => sum + bytes.length, 0), install: `copy into <vault>/.obsidian/plugins/${manifest.id}/` });
  made.push({ host: 'Obsidian', file: zip, size: (await stat(zip)).size, install: 'the same files, zipped for a release' });
}

async function packagePremiere() {
  const manifest = await readJson('packages/premiere-plugin/manifest.json');
  // The panel, plus the provider SDKs and the C2PA signer it loads when needed (src/host/load-plugin-modules.ts).
  // The manifest names the icons; a .ccx without them fails Adobe's review and shows blank tiles in the panel menu.
  const icons = (await readdir(join(root, 'packages/premiere-plugin/icons'))).filter((name) => name.endsWith('.png')).map((name) => `icons/${name}`);
  const entries = await readAll('packages/premiere-plugin', ['manifest.json', 'index.html', 'dist/index.js', 'dist/providers.js', 'dist/signing.js', ...icons.sort()]);
  const file = join(out, `reelkit-premiere-${manifest.version}.ccx`);
  await writeFile(file, writeZip(entries));
  made.push({ host: 'Premiere Pro', file, size: (await stat(file)).size, install: 'UXP Developer Tool → Add Plugin, or double-click' });
}

await mkdir(out, { recursive: true });
for (const [host, make] of [['VS Code', packageVsCode], ['Obsidian', packageObsidian], ['Premiere Pro', packagePremiere]]) {
  try {
    await make();
  } catch (error) {
    const missing = error?.code === 'ENOENT' ? `${error.path} is missing: run "npm run build" first` : error.message;
    failures.push(`${host}: ${missing}`);
  }
}
for (const { host, file, size, install } of made) {
  console.log(`${host.padEnd(12)}  ${file.replace(root, '')}  ${(size / 1024).toFixed(1)} KB  — ${install}`);
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`package failed: ${failure}`);
  process.exit(1);
}
