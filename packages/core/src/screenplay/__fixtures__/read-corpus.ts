// Reads the shared corpus in place (it is not copied into the repo): /work/shared/corpus beside the repo root.
import { readFileSync } from 'node:fs';

/** The corpus folder, `../shared/corpus` from the repo root. */
export const corpusRoot = new URL('../../../../../../shared/corpus/', import.meta.url);

/** A corpus file as UTF-8 text. */
export function readCorpus(path: string): string {
  return readFileSync(new URL(path, corpusRoot), 'utf8');
}
