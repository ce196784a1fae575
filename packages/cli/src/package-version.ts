import { readFileSync } from 'node:fs';

/**
 * The version in the CLI's package.json. Read at run time rather than inlined so the source (run by tsx) and the
 * bundle agree: both `src/package-version.ts` and `dist/reelkit.js` sit one folder below the package root.
 */
export function readPackageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('The @reelkit/cli package.json has no version.');
  return version;
}
