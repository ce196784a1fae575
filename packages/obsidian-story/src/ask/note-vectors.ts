import { base64ToBytes, bytesToBase64 } from '@reelkit/core/runtime';

/** Format of a note's vector file; bumped when the passages or the file change shape. */
const fileFormat = 1;

interface NoteVectorFile {
  readonly format: number;
  readonly model: string;
  readonly passages: readonly { readonly hash: string; readonly vector: string }[];
}

/** A note's vectors by passage hash, as one JSON file: float32 little-endian bytes in base64, and the model's key. */
export function encodeNoteVectors(modelKey: string, vectors: ReadonlyMap<string, Float32Array>): string {
  const passages = [...vectors].map(([hash, vector]) => ({ hash, vector: bytesToBase64(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength)) }));
  return JSON.stringify({ format: fileFormat, model: modelKey, passages } satisfies NoteVectorFile);
}

/** Reads a note's vector file; empty when it is damaged, of another format or of another model (never throws). */
export function decodeNoteVectors(text: string, modelKey: string): Map<string, Float32Array> {
  const vectors = new Map<string, Float32Array>();
  try {
    const file = JSON.parse(text) as { readonly format?: unknown; readonly model?: unknown; readonly passages?: unknown };
    if (file.format !== fileFormat || file.model !== modelKey || !Array.isArray(file.passages)) return vectors;
    for (const item of file.passages as unknown[]) {
      const { hash, vector } = (typeof item === 'object' && item !== null ? item : {}) as { readonly hash?: unknown; readonly vector?: unknown };
      if (typeof hash !== 'string' || typeof vector !== 'string') continue;
      const bytes = base64ToBytes(vector);
      if (bytes.byteLength % 4 === 0) vectors.set(hash, new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    }
  } catch {
    vectors.clear();
  }
  return vectors;
}
