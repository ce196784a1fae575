import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import { base64ToBytes } from '../../runtime/base64.js';

/** One item of an embeddings answer as it arrives: floats, or base64 of little-endian float32s. */
export interface RawEmbeddingItem {
  readonly index: number;
  readonly embedding: unknown;
}

/** What the answer must match. */
export interface EmbeddingExpectation {
  readonly provider: string;
  /** One vector per input value. */
  readonly count: number;
  /** The vector length asked for, if any. */
  readonly dimensions?: number | undefined;
}

const decodeBase64Floats = (text: string): number[] | undefined => {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(text);
  } catch {
    return undefined;
  }
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 4 }, (_, index) => view.getFloat32(index * 4, true));
};

/** A vector in either encoding, whichever the server chose (some ignore `encoding_format`). */
const decodeVector = (embedding: unknown): number[] | undefined => {
  if (typeof embedding === 'string') return decodeBase64Floats(embedding);
  if (Array.isArray(embedding) && embedding.every((value) => typeof value === 'number' && Number.isFinite(value))) return embedding as number[];
  return undefined;
};

/**
 * The vectors of an embeddings answer in input order, decoded from floats or base64 alike, and checked: one per
 * input, all of one length (the asked one, if any), every value a finite number. A server that ignores the
 * encoding asked for must not yield vectors of the wrong length or of zeros.
 */
export function readEmbeddingVectors(items: readonly RawEmbeddingItem[], expected: EmbeddingExpectation): number[][] {
  const fail = (why: string): never => {
    throw new InvalidResponseError(expected.provider, `the embeddings answer ${why}`);
  };
  if (items.length !== expected.count) fail(`has ${items.length} vectors for ${expected.count} inputs`);
  const vectors = [...items].sort((a, b) => a.index - b.index).map((item) => decodeVector(item.embedding) ?? fail(`has a vector that is neither numbers nor base64 float32 (item ${item.index})`));
  const length = expected.dimensions ?? vectors[0]?.length ?? 0;
  if (length === 0 && vectors.length > 0) fail('has empty vectors');
  for (const [index, vector] of vectors.entries()) {
    if (vector.length !== length) fail(`has a vector of length ${vector.length} where ${length} was expected (item ${index})`);
  }
  return vectors;
}
