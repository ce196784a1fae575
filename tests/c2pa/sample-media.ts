import { createTinyJpeg } from '../../packages/core/src/provenance/media/__fixtures__/tiny-jpeg.js';
import { createSilentMp3 } from '../../packages/core/src/provenance/media/__fixtures__/silent-mp3.js';
import { createTinyPng } from '../../packages/core/src/testing/tiny-png.js';
import { createTinyWav } from '../../packages/core/src/testing/tiny-wav.js';

/** A small valid file of one format, and where its media data (not the manifest) sits in a signed copy. */
export interface SampleMedia {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
  /** An offset inside the hashed media data of the signed file: pixels, scan data or audio samples. */
  readonly mediaDataOffset: (signed: Uint8Array) => number;
}

const indexOfAscii = (bytes: Uint8Array, text: string): number => Buffer.from(bytes).indexOf(text, 0, 'latin1');

/** One sample per format Reelkit embeds manifests in. */
export const sampleMedia: readonly SampleMedia[] = [
  // The first byte of zlib data in IDAT (the chunk's CRC then no longer matches either).
  { name: 'PNG', mimeType: 'image/png', bytes: new Uint8Array(createTinyPng()), mediaDataOffset: (signed) => indexOfAscii(signed, 'IDAT') + 6 },
  // The entropy-coded scan data just before the EOI marker.
  { name: 'JPEG', mimeType: 'image/jpeg', bytes: createTinyJpeg(), mediaDataOffset: (signed) => signed.length - 4 },
  // Side information of the last silent frame, after the ID3 tag that holds the manifest.
  { name: 'MP3', mimeType: 'audio/mpeg', bytes: createSilentMp3(), mediaDataOffset: (signed) => signed.length - 1 },
  // A PCM sample in the `data` chunk.
  { name: 'WAV', mimeType: 'audio/wav', bytes: new Uint8Array(createTinyWav()), mediaDataOffset: (signed) => indexOfAscii(signed, 'data') + 8 + 21 },
];
