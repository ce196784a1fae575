import { createHash } from 'node:crypto';

/**
 * A deterministic unit vector for a text, from SHA-256 of the text. Values are float32-exact, so the float
 * and base64 encodings of one vector decode to the same numbers.
 */
export function createFakeEmbedding(text: string, dimensions: number): number[] {
  const raw: number[] = [];
  for (let block = 0; raw.length < dimensions; block += 1) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest();
    for (let offset = 0; offset + 4 <= digest.length && raw.length < dimensions; offset += 4) {
      raw.push(digest.readUInt32BE(offset) / 0x7fffffff - 1);
    }
  }
  const norm = Math.hypot(...raw) || 1;
  return raw.map((value) => Math.fround(value / norm));
}

/** A vector as OpenAI's base64 encoding: float32 little-endian bytes. */
export function encodeEmbeddingBase64(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString('base64');
}
