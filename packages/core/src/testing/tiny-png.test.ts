import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTinyPng } from './tiny-png.js';

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
  readonly crc: string;
}

const chunksOf = (png: Buffer): Chunk[] => {
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const data = png.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data, crc: png.subarray(offset + 8 + length, offset + 12 + length).toString('hex') });
    offset += 12 + length;
  }
  return chunks;
};

describe('createTinyPng', () => {
  it('builds a 2x2 RGB PNG with correct chunk checksums', () => {
    const png = createTinyPng();
    const [header, data, end] = chunksOf(png);

    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(chunksOf(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    // Checksums computed independently (Python's zlib.crc32 over type and data).
    expect(header?.data.toString('hex')).toBe('00000002000000020802000000');
    expect(header?.crc).toBe('fdd49a73');
    expect(end?.crc).toBe('ae426082');
    expect([...inflateSync(data?.data ?? Buffer.alloc(0))]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  });
});
