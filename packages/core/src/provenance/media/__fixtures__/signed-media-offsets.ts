import { SuperBox } from '@trustnxt/c2pa-ts/jumbf';
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest';
import { openMediaAsset } from '../open-media-asset.js';

/** Where the active manifest's COSE signature value (ECDSA r||s) starts in a signed file. */
export function claimSignatureOffset(signed: Uint8Array, mediaType: string): number {
  const jumbf = openMediaAsset(signed, mediaType).getManifestJUMBF();
  if (jumbf === undefined) throw new Error('No manifest.');
  const value = ManifestStore.read(SuperBox.fromBuffer(jumbf as Uint8Array<ArrayBuffer>)).getActiveManifest()?.signature?.signatureData.signature;
  if (value === undefined) throw new Error('No signature value.');
  for (let start = 0; start + value.length <= signed.length; start += 1) {
    if (value.every((byte, index) => signed[start + index] === byte)) return start;
  }
  throw new Error('Signature value not found.');
}

/** A copy of `bytes` with the byte at `offset` inverted in its lowest bit. */
export function flipByte(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}
