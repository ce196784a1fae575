import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { sniffMediaType } from './sniff-media-type.js';

describe('base64', () => {
  it('round-trips every byte value and large buffers', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, index) => index % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
  it('reads URL-safe base64 and ignores line breaks', () => {
    expect(Array.from(base64ToBytes('-_8=\n'))).toEqual([0xfb, 0xff]);
  });
});

describe('sniffMediaType', () => {
  it('knows generated image and audio files by their first bytes', () => {
    expect(sniffMediaType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMediaType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(new TextEncoder().encode('ID3\u0004\u0000'))).toBe('audio/mpeg');
    expect(sniffMediaType(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBe('audio/wav');
    expect(sniffMediaType(new TextEncoder().encode('\u0000\u0000\u0000\u0018ftypmp42'))).toBe('video/mp4');
    expect(sniffMediaType(new TextEncoder().encode('hello'), 'text/plain')).toBe('text/plain');
  });
});
