// The bundle must parse on Obsidian mobile (older iOS WebKit rejects regex look-behind at parse time) and must not
// pull in Node built-ins. Builds main.js in memory with the very options of `npm run build`.
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles, common } from '../../../scripts/bundles.mjs';
import { rewriteOpenAIPathCheck } from '../../../scripts/no-look-behind-plugin.mjs';

type Bundle = esbuild.BuildOptions & { name: string };

describe('main.js portability', () => {
  it('needs only obsidian at run time and has no regex look-behind', async () => {
    const { name: _name, ...options } = (bundles as readonly Bundle[]).find((bundle) => bundle.name === 'obsidian-story') as Bundle;
    const result = await esbuild.build({ ...common, ...options, logLevel: 'silent', write: false });
    const code = result.outputFiles?.[0]?.text ?? '';
    expect([...new Set(code.match(/require\("[^"]+"\)/g))]).toEqual(['require("obsidian")']);
    expect(code.match(/\(\?<[=!]/g)).toBeNull();
  });

  it('rewrites the openai SDK path check to find the same segments without look-behind', () => {
    const sdk = [
      'const invalidSegmentPattern = /(?<=^|\\/)(?:\\.|%2e){1,2}(?=\\/|$)/gi;',
      'const found = []; let match;',
      'while ((match = invalidSegmentPattern.exec(pathOnly)) !== null) {',
      '    found.push({',
      '            start: match.index,',
      '            length: match[0].length,',
      '            error: `Value "${match[0]}" can\\\'t be safely passed as a path parameter`,',
      '        });',
      '}',
      'return found;',
    ].join('\n');
    const original = new Function('pathOnly', sdk) as (path: string) => { start: number; length: number; error: string }[];
    const rewritten = new Function('pathOnly', rewriteOpenAIPathCheck(sdk)) as typeof original;
    for (const path of ['/files/../x', '..', 'a/./b/%2e%2e', '/v1/files/abc', './../..', '/x/..y/..']) expect(rewritten(path)).toEqual(original(path));
    expect(rewritten('a/../b')).toEqual([{ start: 2, length: 2, error: 'Value ".." can\'t be safely passed as a path parameter' }]);
  });
});
