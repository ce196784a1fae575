import { describe, expect, it } from 'vitest';
import { featureOptions } from './feature-options.js';

describe('featureOptions', () => {
  it('reads languages and glossary terms', () => {
    expect(featureOptions.languagesAndGlossary('de, fr; Kestrel Point = Turmfalkenspitze; Mara')).toEqual({
      languages: ['de', 'fr'],
      glossary: [{ term: 'Kestrel Point', translation: 'Turmfalkenspitze' }, { term: 'Mara' }],
    });
    expect(featureOptions.languagesAndGlossary('')).toEqual({ languages: [], glossary: [] });
  });

  it('reads a video job, a trailer target and times', () => {
    expect([featureOptions.videoJob('Upscale ×4'), featureOptions.videoJob('interpolate 2'), featureOptions.videoJob('sharpen 2'), featureOptions.videoJob('upscale 1')]).toEqual([
      { operation: 'upscale', factor: 4 },
      { operation: 'interpolate', factor: 2 },
      undefined,
      undefined,
    ]);
    expect([featureOptions.trailer('60 s: fans of coastal thrillers'), featureOptions.trailer('fans only')]).toEqual([{ seconds: 60, profile: 'fans of coastal thrillers' }, undefined]);
    expect(featureOptions.seconds('12.5, 40 x -3')).toEqual([12.5, 40]);
  });

  it('reads rough-cut choices', () => {
    expect(featureOptions.roughCut('silence 1.2, pad 0.2, gap, no retakes, de')).toEqual({ language: 'de', silences: { minSeconds: 1.2, paddingSeconds: 0.2, mode: 'gap' }, retakes: false });
    expect(featureOptions.roughCut('no silences; no fillers')).toEqual({ silences: false, fillers: false });
    expect(featureOptions.roughCut('')).toEqual({ silences: {} });
  });
});
