import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `text` to `path`. Without `overwrite` an existing file is left alone and the sentence saying so comes back;
 * with it the text goes to a file beside the target, renamed over it, so a failure midway never leaves half a script.
 */
export async function writeNewFile(path: string, text: string, overwrite: boolean): Promise<string | undefined> {
  try {
    if (!overwrite) {
      // `wx` fails when the file exists, checked and created in one step: nothing can slip in between.
      await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
      return undefined;
    }
    const temporary = `${path}.reelkit-convert.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path).catch(async (error: unknown) => {
      await rm(temporary, { force: true });
      throw error;
    });
    return undefined;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') return `${path} exists; pass --force to replace it, or --out <file> to write elsewhere.`;
    if (code === 'ENOENT') return `cannot write ${path}: its folder does not exist.`;
    if (code === 'EISDIR') return `cannot write ${path}: it is a folder.`;
    return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
