import type { FontEngine } from './font-engine.js';

/**
 * Loads fontkit on first use, so a host that never exports a PDF never parses it (~360 KB minified). fontkit's
 * browser build uses no Node built-ins, so the same import works in Node and in a web worker.
 */
export async function loadFontEngine(): Promise<FontEngine> {
  // @ts-expect-error -- fontkit ships no type declarations; FontEngine types the part the export uses.
  const fontkit = (await import('fontkit')) as FontEngine;
  if (typeof fontkit.create !== 'function') throw new TypeError('The installed fontkit has no create(): the PDF export needs fontkit 2.');
  return fontkit;
}
