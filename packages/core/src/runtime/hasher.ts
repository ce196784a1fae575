/** Content hashing over WebCrypto, available in every host (Node 20, browsers, workers, UXP). */
export interface Hasher {
  /** Lower-case hex SHA-256 of the UTF-8 bytes of a string, or of raw bytes. */
  sha256(input: string | Uint8Array): Promise<string>;
}

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** A hasher over the given SubtleCrypto (the host's `crypto.subtle` by default). */
export function createHasher(subtle: SubtleCrypto = globalThis.crypto.subtle): Hasher {
  const encoder = new TextEncoder();
  return {
    async sha256(input) {
      const bytes = typeof input === 'string' ? encoder.encode(input) : input;
      return hex(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    },
  };
}
