import { storage } from 'uxp';

/** Asks the editor for a file (e.g. an encoder preset) and returns its native path, or undefined if cancelled. */
export async function pickFilePath(extensions: readonly string[]): Promise<string | undefined> {
  const file = await storage.localFileSystem.getFileForOpening({ types: [...extensions] });
  return file === null ? undefined : file.nativePath;
}
