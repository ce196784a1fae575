/** CRC-32 (IEEE) of bytes, as zip stores it. */
export function crc32(bytes: Uint8Array): number;
/** Builds a stored zip of the entries with a fixed timestamp. */
export function writeZip(entries: readonly { readonly name: string; readonly bytes: Uint8Array }[]): Uint8Array;
