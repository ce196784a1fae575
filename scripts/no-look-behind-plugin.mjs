// Obsidian mobile runs on iOS WebKit, which before 16.4 rejects regex look-behind when it parses a script: one such
// regex anywhere in a bundle stops the whole plugin loading. The openai SDK has one (in its path checks); this
// esbuild plugin rewrites it without look-behind, same matches, and fails the build if the SDK's code changes so
// the rewrite no longer applies (rather than shipping a bundle that may not load).
import { readFile } from 'node:fs/promises';

const sdkPath = /[\\/]openai[\\/]internal[\\/]utils[\\/]path\.m?js$/;
const lookBehind = '/(?<=^|\\/)(?:\\.|%2e){1,2}(?=\\/|$)/gi';
const withoutLookBehind = '/(?:^|\\/)((?:\\.|%2e){1,2})(?=\\/|$)/gi';

/** Rewrites the openai SDK's look-behind regex; the segment is captured and its offset adjusted instead. */
export function rewriteOpenAIPathCheck(source) {
  if (!source.includes(lookBehind)) throw new Error('openai/internal/utils/path: the look-behind regex changed; update scripts/no-look-behind-plugin.mjs');
  const uses = /start: match\.index,\s*length: match\[0\]\.length,\s*error: `Value "\$\{match\[0\]\}"/;
  if (!uses.test(source)) throw new Error('openai/internal/utils/path: the code using the regex changed; update scripts/no-look-behind-plugin.mjs');
  return source
    .replace(lookBehind, withoutLookBehind)
    .replace(uses, 'start: match.index + match[0].length - match[1].length,\n            length: match[1].length,\n            error: `Value "${match[1]}"');
}

/** The esbuild plugin. */
export const noLookBehindPlugin = {
  name: 'no-look-behind',
  setup(build) {
    build.onLoad({ filter: sdkPath }, async (args) => ({ contents: rewriteOpenAIPathCheck(await readFile(args.path, 'utf8')), loader: 'js' }));
  },
};
