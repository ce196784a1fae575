import { readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../report/read-script.js';

/** A file's text, or a sentence saying why it cannot be read. */
export type TextFile = { readonly text: string } | { readonly problem: string };

/** Reads a UTF-8 text file; a missing file, a folder or binary bytes come back as a problem, never as a throw. */
export async function readTextFile(path: string): Promise<TextFile> {
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
  if (text === undefined || text.includes('\u0000')) return { problem: `${path} is not UTF-8 text; save it as UTF-8 (Final Draft and Fountain apps do) and try again.` };
  return { text };
}
