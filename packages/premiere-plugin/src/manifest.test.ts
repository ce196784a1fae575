import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { mainPanelId } from './panel-ids.js';

describe('the UXP manifest', () => {
  it('declares the panel the code registers', () => {
    expect(manifest.entrypoints.map((entrypoint) => [entrypoint.type, entrypoint.id])).toEqual([['panel', mainPanelId]]);
  });

  it('lists every network domain explicitly, never "all"', () => {
    expect(manifest.requiredPermissions.network.domains).toEqual([
      'https://api.openai.com',
      'https://api.replicate.com',
      'https://replicate.delivery',
      'https://*.replicate.delivery',
      'http://localhost',
      'http://127.0.0.1',
    ]);
  });

  it('asks for full file access, which reading a clip\'s media by its path needs', () => {
    expect(manifest.requiredPermissions.localFileSystem).toBe('fullAccess');
  });

  it('targets Premiere with manifest v5, as Premiere requires', () => {
    expect([manifest.manifestVersion, manifest.host.app]).toEqual([5, 'premierepro']);
  });
});
