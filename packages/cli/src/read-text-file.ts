import { readFile } from 'node:fs/promises';

/** A file's text, or a sentence saying why it cannot be read. */
export type TextFile = { readonly text: string } | { readonly problem: string };

/** Who reads the file, for the messages: "reelkit report reads Fountain screenplays". */
export interface TextFileReader {
  readonly command: string;
  readonly reads: string;
}

/** Reads a UTF-8 text file; a missing file, a folder or binary bytes come back as a problem, never as a throw. */
export async function readTextFile(path: string, reader: TextFileReader): Promise<TextFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { problem: `cannot read ${path}: no such file.` };
    if (code === 'EISDIR') return { problem: `cannot read ${path}: it is a folder, not a file.` };
    return { problem: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) return { problem: `${path} is not UTF-8 text (${invalidAt(bytes)}); ${reader.command} reads ${reader.reads}: save it as UTF-8 plain text.` };
  if (text.includes('\u0000')) return { problem: `${path} is not a text file; ${reader.command} reads ${reader.reads}.` };
  return { text };
}

/** The bytes as UTF-8, or undefined when they are not valid UTF-8 (random bytes, a Latin-1 or UTF-16 file). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a byte order mark in the text, as the parser expects (positions count it).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where the first byte that cannot start or continue a UTF-8 character is, for the message (1-based). */
function invalidAt(bytes: Uint8Array): string {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let valid = length > 0 && index + length <= bytes.length;
    for (let next = 1; valid && next < length; next += 1) valid = ((bytes[index + next] ?? 0) & 0xc0) === 0x80;
    if (!valid) break;
    index += length;
  }
  return `byte ${index + 1} of ${bytes.length} is not part of a UTF-8 character`;
}
