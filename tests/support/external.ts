// What some tests need from outside the repository: `../shared` beside the checkout (real Fountain scripts written
// by others in `corpus`, third-party specifications in `specs`, a tiny language model in `models`) and programs
// installed on the machine (Debian's chromium). A fresh clone has none of it, so such a test skips itself with one
// line saying what is missing and how to get it, unless REELKIT_REQUIRE_EXTERNAL=1 (CI sets it): then a missing
// piece fails the run instead. No test passes silently without what it needs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'vitest';

/** Something a test needs from outside the repository, found or not. */
export interface ExternalRequirement {
  /** True when it is there: the tests that need it run. */
  readonly available: boolean;
  /** One line for a skipped test: what is missing and how to get it. */
  readonly skipReason: string;
  /** `describe` when available, else a skipped `describe` named with the reason. */
  readonly describe: (name: string, body: () => void) => void;
  /** `it` when available, else a skipped `it` named with the reason. */
  readonly it: (name: string, body: () => unknown, timeout?: number) => void;
}

/** One folder of `../shared`. */
export interface SharedFolder extends ExternalRequirement {
  /** The folder as a `file:` URL ending in `/`. */
  readonly root: URL;
  /** A file of the folder as UTF-8 text. */
  read(path: string): string;
  /** A file of the folder as an absolute path. */
  path(path: string): string;
}

/** The three folders of `../shared` that tests read. */
export type SharedFolderName = 'corpus' | 'specs' | 'models';

const repoRoot = new URL('../../', import.meta.url);
const variables: Record<SharedFolderName, string> = { corpus: 'REELKIT_CORPUS', specs: 'REELKIT_SPECS', models: 'REELKIT_MODELS' };
const warned = new Set<string>();

function requirement(available: boolean, skipReason: string): ExternalRequirement {
  if (!available && process.env.REELKIT_REQUIRE_EXTERNAL === '1') {
    throw new Error(`REELKIT_REQUIRE_EXTERNAL=1, but a test ${skipReason}`);
  }
  if (!available && !warned.has(skipReason)) {
    warned.add(skipReason);
    console.warn(`skipped: ${skipReason}`);
  }
  const skipped = (label: string): string => `${label} (skipped: ${skipReason})`;
  return {
    available,
    skipReason,
    describe: available ? (label, body) => describe(label, body) : (label, body) => describe.skip(skipped(label), body),
    it: available ? (label, body, timeout) => it(label, body, timeout) : (label, body) => it.skip(skipped(label), body),
  };
}

function folderUrl(name: SharedFolderName): URL {
  const own = process.env[variables[name]];
  if (own !== undefined && own !== '') return pathToFileURL(own.endsWith('/') ? own : `${own}/`);
  const shared = process.env.REELKIT_SHARED;
  if (shared !== undefined && shared !== '') return pathToFileURL(`${shared.replace(/\/$/, '')}/${name}/`);
  return new URL(`../shared/${name}/`, repoRoot);
}

/** The `../shared/<name>` folder (or the one `REELKIT_<NAME>` or `REELKIT_SHARED` names), for tests that read it. */
export function sharedFolder(name: SharedFolderName): SharedFolder {
  const root = folderUrl(name);
  const reason = `needs ${fileURLToPath(root)} (kept outside the repo); set ${variables[name]}=<folder> or REELKIT_SHARED=<folder holding ${name}/> to run it`;
  return {
    ...requirement(existsSync(root), reason),
    root,
    read: (path) => readFileSync(new URL(path, root), 'utf8'),
    path: (path) => fileURLToPath(new URL(path, root)),
  };
}

/** Debian's chromium at /usr/bin/chromium, for the tests that check output in a real browser. */
export function installedChromium(): ExternalRequirement & { readonly executablePath: string } {
  const executablePath = '/usr/bin/chromium';
  const reason = `needs Debian's chromium at ${executablePath}; install it with: sudo apt-get install chromium`;
  return { ...requirement(existsSync(executablePath), reason), executablePath };
}

/** A file a Debian package installs (a program such as /usr/bin/pdftotext, a font), for tests that use it. */
export function installedDebianFile(path: string, debianPackage: string): ExternalRequirement & { readonly path: string } {
  const reason = `needs ${path}; install it with: sudo apt-get install ${debianPackage}`;
  return { ...requirement(existsSync(path), reason), path };
}
