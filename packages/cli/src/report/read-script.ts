import { readFile } from 'node:fs/promises';

/** The script's text, or a sentence saying why it cannot be read. */
export type ScriptText = { readonly text: string } | { readonly problem: string };

/** Reads a script file; missing files, folders and binary files come back as a problem, never as a throw. */
export async function readScript(path: string): Promise<ScriptText> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { problem: `cannot read ${path}: no such file.` };
    if (code === 'EISDIR') return { problem: `cannot read ${path}: it is a folder, not a script.` };
    return { problem: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (text.includes('\u0000')) return { problem: `${path} is not a text file; reelkit report reads Fountain screenplays.` };
  return { text };
}
