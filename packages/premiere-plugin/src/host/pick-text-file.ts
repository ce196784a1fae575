import { storage } from 'uxp';

/** Asks the editor for a text file (e.g. a Fountain script) and returns its contents, or undefined if cancelled. */
export async function pickTextFile(extensions: readonly string[]): Promise<string | undefined> {
  const file = await storage.localFileSystem.getFileForOpening({ types: [...extensions] });
  if (file === null) return undefined;
  const text = await file.read({ format: storage.formats.utf8 });
  return typeof text === 'string' ? text : new TextDecoder().decode(text);
}
