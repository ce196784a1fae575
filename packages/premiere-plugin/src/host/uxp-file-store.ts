import { storage, type Entry, type File } from 'uxp';
import type { FileStore } from '../ports/file-store.js';

/** Native paths to `file:` URLs UXP accepts (Windows drive paths get a leading slash). */
function fileUrl(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file:${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}`;
}

function asFile(entry: Entry): File {
  if (!entry.isFile) throw new Error(`${entry.nativePath} is not a file.`);
  return entry as File;
}

/** The panel's FileStore over UXP's local file system; the work folder is the plugin's data folder. */
export function createUxpFileStore(): FileStore {
  const { localFileSystem, formats } = storage;
  return {
    workFolder: async () => (await localFileSystem.getDataFolder()).nativePath,
    readBytes: async (path) => {
      const data = await asFile(await localFileSystem.getEntryWithUrl(fileUrl(path))).read({ format: formats.binary });
      return typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
    },
    writeBytes: async (path, bytes) => {
      await asFile(await localFileSystem.createEntryWithUrl(fileUrl(path), { overwrite: true })).write(bytes, { format: formats.binary });
    },
    writeText: async (path, text) => {
      await asFile(await localFileSystem.createEntryWithUrl(fileUrl(path), { overwrite: true })).write(text, { format: formats.utf8 });
    },
    appendText: async (path, text) => {
      // An existing file is opened, not re-created: `createEntryWithUrl` with overwrite would empty the ledger.
      const entry = await localFileSystem.getEntryWithUrl(fileUrl(path)).catch(() => localFileSystem.createEntryWithUrl(fileUrl(path)));
      await asFile(entry).write(text, { format: formats.utf8, append: true });
    },
  };
}
