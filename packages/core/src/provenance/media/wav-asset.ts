import type { Asset } from '@trustnxt/c2pa-ts/asset';

const fourCC = (bytes: Uint8Array, offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
const manifestChunkId = 'C2PA';
const chunkHeaderLength = 8;

/**
 * A WAV file as a c2pa-ts asset. c2pa-ts reads and writes JPEG, PNG, MP3 and BMFF but not RIFF, so this small adapter
 * stores the manifest store the way the C2PA spec and c2pa-rs do for RIFF: a top-level `C2PA` chunk, appended after
 * the audio, excluded from the data hash (header, data and pad byte).
 */
export class WavAsset implements Asset {
  readonly mimeType = 'audio/wav';
  private data: Uint8Array;

  constructor(data: Uint8Array) {
    if (!WavAsset.canRead(data)) throw new Error('Not a RIFF/WAVE file.');
    this.data = data;
  }

  /** True for a RIFF file whose form type is WAVE. */
  static canRead(data: Uint8Array): boolean {
    return data.length >= 12 && fourCC(data, 0) === 'RIFF' && fourCC(data, 8) === 'WAVE';
  }

  getDataLength(): number {
    return this.data.length;
  }

  async getDataRange(start = 0, length?: number): Promise<Uint8Array> {
    return this.data.slice(start, length === undefined ? undefined : start + length);
  }

  getManifestJUMBF(): Uint8Array | undefined {
    const chunk = this.findManifestChunk();
    return chunk && this.data.subarray(chunk.start + chunkHeaderLength, chunk.start + chunkHeaderLength + chunk.size);
  }

  dumpInfo(): string {
    return this.chunks()
      .map((chunk) => `${chunk.id} at ${chunk.start}, ${chunk.size} bytes`)
      .join('\n');
  }

  async ensureManifestSpace(length: number): Promise<void> {
    const existing = this.findManifestChunk();
    const kept = existing ? concat(this.data.subarray(0, existing.start), this.data.subarray(existing.start + existing.total)) : this.data;
    const padded = length + (length % 2);
    const chunk = new Uint8Array(chunkHeaderLength + padded);
    chunk.set(Array.from(manifestChunkId, (char) => char.charCodeAt(0)));
    new DataView(chunk.buffer).setUint32(4, length, true);
    this.data = concat(kept, chunk);
    // The RIFF size counts everything after its own field; it is hashed, so it must be final before hashing.
    new DataView(this.data.buffer, this.data.byteOffset).setUint32(4, this.data.length - 8, true);
  }

  getHashExclusionRange(): { start: number; length: number } {
    const chunk = this.findManifestChunk();
    return chunk ? { start: chunk.start, length: chunk.total } : { start: 0, length: 0 };
  }

  async writeManifestJUMBF(jumbf: Uint8Array): Promise<void> {
    const chunk = this.findManifestChunk();
    if (chunk?.size !== jumbf.length) throw new Error('The manifest does not match the space reserved for it.');
    this.data.set(jumbf, chunk.start + chunkHeaderLength);
  }

  private findManifestChunk(): RiffChunk | undefined {
    return this.chunks().find((chunk) => chunk.id === manifestChunkId);
  }

  /** Top-level chunks after the 12-byte RIFF header; each chunk's data is padded to an even length. */
  private chunks(): RiffChunk[] {
    const view = new DataView(this.data.buffer, this.data.byteOffset, this.data.byteLength);
    const found: RiffChunk[] = [];
    for (let start = 12; start + chunkHeaderLength <= this.data.length; ) {
      const size = view.getUint32(start + 4, true);
      const total = Math.min(chunkHeaderLength + size + (size % 2), this.data.length - start);
      found.push({ id: fourCC(this.data, start), start, size, total });
      start += total;
    }
    return found;
  }
}

interface RiffChunk {
  readonly id: string;
  readonly start: number;
  readonly size: number;
  /** Header, data and pad byte. */
  readonly total: number;
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
