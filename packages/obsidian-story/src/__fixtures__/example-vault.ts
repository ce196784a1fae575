// Reads examples/vault from disk (tests run in Node): every Markdown note with its vault-relative path.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** A note of the example vault. */
export interface ExampleNote {
  readonly path: string;
  readonly text: string;
}

/** The example vault's root on disk. */
export const exampleVaultRoot = fileURLToPath(new URL('../../../../examples/vault/', import.meta.url));

/** The example vault's layout, as the plugin's settings would name it. */
export const exampleLayout = { entriesFolder: 'Story bible', manuscriptFolder: 'Manuscript' } as const;

/** Every `.md` note in the example vault, sorted by path. */
export async function loadExampleVault(): Promise<ExampleNote[]> {
  const entries = await readdir(exampleVaultRoot, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => `${entry.parentPath.slice(exampleVaultRoot.length)}/${entry.name}`.replace(/^\/+/, ''))
    .sort();
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(`${exampleVaultRoot}${path}`, 'utf8') })));
}
