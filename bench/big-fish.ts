// The full-length script every text bench runs on: Big Fish from `../shared/corpus` (or the corpus folder that
// REELKIT_CORPUS or REELKIT_SHARED names, as the tests read it). Read once, when the first bench that needs it loads.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

function corpusFolder(): URL {
  const own = process.env.REELKIT_CORPUS;
  if (own !== undefined && own !== '') return pathToFileURL(own.endsWith('/') ? own : `${own}/`);
  const shared = process.env.REELKIT_SHARED;
  if (shared !== undefined && shared !== '') return pathToFileURL(`${shared.replace(/\/$/, '')}/corpus/`);
  return new URL('../../shared/corpus/', import.meta.url);
}

/** Big Fish as UTF-8 text. */
export const bigFish = readFileSync(new URL('full-scripts/Big-Fish.fountain', corpusFolder()), 'utf8');
