import { describe, expect, it } from 'vitest';
import { createFakeMp3 } from '../../testing/fake-mp3.js';
import { createTinyWav } from '../../testing/tiny-wav.js';
import { createWav } from '../__fixtures__/create-wav.js';
import { readAudioDuration } from './read-audio-duration.js';

/** An MPEG-1 Layer III frame header: 128 kbit/s, 44.1 kHz, with or without the padding byte. */
const frame = (padded: boolean): Uint8Array => {
  const bytes = new Uint8Array(padded ? 418 : 417);
  bytes.set([0xff, 0xfb, padded ? 0x92 : 0x90, 0x00]);
  return bytes;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('readAudioDuration', () => {
  it('reads a WAV header: data bytes over byte rate', () => {
    expect(readAudioDuration(new Uint8Array(createTinyWav()), 'audio/wav')).toBe(0.01);
    expect(readAudioDuration(createWav(2.4), 'audio/wav')).toBe(2.4);
  });

  it('counts what is there when a streamed WAV leaves the data size at its maximum', () => {
    const wav = createWav(1.5);
    new DataView(wav.buffer).setUint32(40, 0xffffffff, true);
    expect(readAudioDuration(wav, 'audio/wav')).toBe(1.5);
  });

  it('walks MP3 frames after an ID3 tag, padded or not, skipping junk between them', () => {
    expect(readAudioDuration(new Uint8Array(createFakeMp3()), 'audio/mpeg')).toBeCloseTo(1152 / 44100, 9);
    const frames = concat(frame(false), frame(true), new Uint8Array([0, 0, 0]), frame(false));
    expect(readAudioDuration(frames, 'audio/mpeg')).toBeCloseTo((3 * 1152) / 44100, 9);
  });

  it('is undefined for formats it cannot measure and for bytes that do not parse', () => {
    expect(readAudioDuration(new Uint8Array(100), 'audio/mpeg')).toBeUndefined();
    expect(readAudioDuration(new Uint8Array(100), 'audio/wav')).toBeUndefined();
    expect(readAudioDuration(new Uint8Array(100), 'audio/ogg')).toBeUndefined();
    expect(readAudioDuration(new Uint8Array(48_000), 'audio/L16')).toBe(1);
  });
});
