import type { FileStore } from '../../ports/file-store.js';

/** A FileStore over a map, with `/work` as its folder. */
export function createMemoryFileStore(initial: Record<string, Uint8Array> = {}): FileStore & { readonly files: Map<string, Uint8Array>; text(path: string): string | undefined } {
  const files = new Map(Object.entries(initial));
  return {
    files,
    text: (path) => {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    workFolder: async () => '/work',
    readBytes: async (path) => {
      const bytes = files.get(path);
      if (bytes === undefined) throw new Error(`No file ${path}.`);
      return bytes;
    },
    writeBytes: async (path, bytes) => void files.set(path, bytes),
    writeText: async (path, text) => void files.set(path, new TextEncoder().encode(text)),
    appendText: async (path, text) => {
      const before = files.get(path) ?? new Uint8Array();
      const added = new TextEncoder().encode(text);
      const joined = new Uint8Array(before.length + added.length);
      joined.set(before);
      joined.set(added, before.length);
      files.set(path, joined);
    },
  };
}
