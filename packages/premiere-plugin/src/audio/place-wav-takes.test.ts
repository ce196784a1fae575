import { readAudioDuration } from '@reelkit/core/tasks/dubbing';
import { describe, expect, it } from 'vitest';
import { createPcmWav } from './__fixtures__/create-pcm-wav.js';
import { placeWavTakes } from './place-wav-takes.js';

const wav = (samples: readonly number[], rate = 1000): Uint8Array => createPcmWav(samples, rate);

const samplesOf = (bytes: Uint8Array): number[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset + 44, bytes.byteLength - 44);
  return Array.from({ length: view.byteLength / 2 }, (_, index) => view.getInt16(index * 2, true));
};

describe('placeWavTakes', () => {
  it('places takes at their cue starts in silence, cutting a take where the next begins', () => {
    const track = placeWavTakes([{ startSeconds: 0.004, wav: wav([5, 6]) }, { startSeconds: 0.001, wav: wav([1, 2, 3, 4, 9]) }], 0.008);
    expect(samplesOf(track ?? new Uint8Array())).toEqual([0, 1, 2, 3, 5, 6, 0, 0]);
    expect(readAudioDuration(track ?? new Uint8Array(), 'audio/wav')).toBe(0.008);
  });

  it('refuses mixed formats and non-WAV input', () => {
    expect(placeWavTakes([{ startSeconds: 0, wav: wav([1]) }, { startSeconds: 1, wav: wav([1], 2000) }], 2)).toBeUndefined();
    expect(placeWavTakes([{ startSeconds: 0, wav: new Uint8Array([1, 2, 3]) }], 1)).toBeUndefined();
    expect(placeWavTakes([], 1)).toBeUndefined();
  });
});
