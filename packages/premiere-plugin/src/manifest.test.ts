import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import manifest from '../manifest.json' with { type: 'json' };
import { localEndpointOrigins, localEndpointProblem } from './panel/local-endpoint-origins.js';
import { mainPanelId } from './panel-ids.js';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (path: string): [number, number] => {
  const bytes = readFileSync(new URL(`../${path}`, import.meta.url));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('the UXP manifest', () => {
  it('declares the panel the code registers', () => {
    expect(manifest.entrypoints.map((entrypoint) => [entrypoint.type, entrypoint.id])).toEqual([['panel', mainPanelId]]);
  });

  it('lists every network domain explicitly, never "all", local servers with their ports', () => {
    expect(manifest.requiredPermissions.network.domains).toEqual(['https://api.openai.com', 'https://api.replicate.com', 'https://replicate.delivery', 'https://*.replicate.delivery', ...localEndpointOrigins]);
    expect([localEndpointProblem('http://localhost:11434/v1'), localEndpointProblem('http://localhost:9999/v1')]).toEqual([
      undefined,
      'Premiere lets the panel reach only the local ports its manifest lists (8000, 8080, 11434, 1234 on localhost or 127.0.0.1); http://localhost:9999 is not one.',
    ]);
  });

  it('has a plugin icon and panel icons per theme, each file at 1x and 2x of its declared size', () => {
    const icons = [...manifest.icons, ...(manifest.entrypoints[0]?.icons ?? [])];
    expect(icons.map((icon) => icon.path)).toEqual(['icons/plugin.png', 'icons/panel-dark.png', 'icons/panel-light.png']);
    for (const icon of icons) {
      for (const scale of icon.scale) expect(pngSize(icon.path.replace('.png', `@${scale}x.png`))).toEqual([icon.width * scale, icon.height * scale]);
    }
  });

  it('asks for full file access, which reading a clip\'s media by its path needs (see the README)', () => {
    expect(manifest.requiredPermissions.localFileSystem).toBe('fullAccess');
  });

  it('targets Premiere with manifest v5, as Premiere requires', () => {
    expect([manifest.manifestVersion, manifest.host.app]).toEqual([5, 'premierepro']);
  });
});
