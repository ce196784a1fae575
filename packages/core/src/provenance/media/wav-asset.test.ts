import { describe, expect, it } from 'vitest';
import { createTinyWav } from '../../testing/tiny-wav.js';
import { WavAsset } from './wav-asset.js';

const riffSize = (bytes: Uint8Array): number => new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);

describe('WavAsset', () => {
  it('recognises RIFF/WAVE only', () => {
    expect(WavAsset.canRead(new Uint8Array(createTinyWav()))).toBe(true);
    expect(WavAsset.canRead(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe(false);
  });

  it('appends the manifest as a top-level C2PA chunk and keeps the RIFF size right', async () => {
    const original = new Uint8Array(createTinyWav());
    const asset = new WavAsset(original);
    const manifest = new Uint8Array([1, 2, 3, 4, 5]);
    await asset.ensureManifestSpace(manifest.length);
    await asset.writeManifestJUMBF(manifest);
    const written = await asset.getDataRange();
    // 8-byte chunk header + 5 data bytes + 1 pad byte (RIFF chunks are word-aligned).
    expect(written.length).toBe(original.length + 14);
    expect(riffSize(written)).toBe(written.length - 8);
    expect(new TextDecoder().decode(written.subarray(original.length, original.length + 4))).toBe('C2PA');
    expect(asset.getHashExclusionRange()).toEqual({ start: original.length, length: 14 });
    expect(new WavAsset(written).getManifestJUMBF()).toEqual(manifest);
    expect(written.subarray(8, original.length)).toEqual(original.subarray(8));
  });

  it('replaces an existing manifest instead of adding a second one', async () => {
    const asset = new WavAsset(new Uint8Array(createTinyWav()));
    await asset.ensureManifestSpace(3);
    await asset.writeManifestJUMBF(new Uint8Array([9, 9, 9]));
    await asset.ensureManifestSpace(2);
    await asset.writeManifestJUMBF(new Uint8Array([7, 7]));
    expect(asset.dumpInfo()).toBe('fmt  at 12, 16 bytes\ndata at 36, 480 bytes\nC2PA at 524, 2 bytes');
    expect(asset.getManifestJUMBF()).toEqual(new Uint8Array([7, 7]));
  });

  it('has no manifest until one is written', () => {
    expect(new WavAsset(new Uint8Array(createTinyWav())).getManifestJUMBF()).toBeUndefined();
  });

  it('refuses to write a manifest of another size than reserved', async () => {
    const asset = new WavAsset(new Uint8Array(createTinyWav()));
    await asset.ensureManifestSpace(4);
    await expect(asset.writeManifestJUMBF(new Uint8Array(5))).rejects.toThrow('The manifest does not match the space reserved for it.');
  });
});
