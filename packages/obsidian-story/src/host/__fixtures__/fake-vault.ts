// A fake of our own VaultPort (not of all of obsidian): files and adapter paths in memory, with counters.
import type { DataWriteOptions } from 'obsidian';
import type { VectorFileAdapter } from '../../storage/note-vector-store.js';
import type { LedgerAdapterPort, NoteFile, VaultPort } from '../vault-port.js';

/** A fake vault file: just the fields the port exposes. */
export class FakeFile implements NoteFile {
  readonly basename: string;
  readonly extension: string;
  constructor(readonly path: string) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    this.basename = dot === -1 ? name : name.slice(0, dot);
    this.extension = dot === -1 ? '' : name.slice(dot + 1);
  }
}

/** The adapter part: a path → text map (ledgers and the ask index's vectors live here). */
export class FakeAdapter implements LedgerAdapterPort, VectorFileAdapter {
  readonly files = new Map<string, string>();
  readonly folders = new Set<string>();
  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.files.has(path) || this.folders.has(path));
  }
  read(path: string): Promise<string> {
    const text = this.files.get(path);
    return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(text);
  }
  write(path: string, data: string, _options?: DataWriteOptions): Promise<void> {
    this.files.set(path, data);
    return Promise.resolve();
  }
  append(path: string, data: string, _options?: DataWriteOptions): Promise<void> {
    this.files.set(path, (this.files.get(path) ?? '') + data);
    return Promise.resolve();
  }
  remove(path: string): Promise<void> {
    this.files.delete(path);
    return Promise.resolve();
  }
  mkdir(path: string): Promise<void> {
    this.folders.add(path);
    return Promise.resolve();
  }
}

/** An in-memory vault; `reads` counts `cachedRead` calls so tests can prove nothing re-reads the whole vault. */
export class FakeVault implements VaultPort<FakeFile> {
  readonly adapter = new FakeAdapter();
  private readonly notes = new Map<string, { file: FakeFile; text: string }>();
  reads = 0;

  constructor(notes: readonly { path: string; text: string }[] = []) {
    for (const note of notes) this.notes.set(note.path, { file: new FakeFile(note.path), text: note.text });
  }
  getMarkdownFiles(): FakeFile[] {
    return [...this.notes.values()].filter(({ file }) => file.extension === 'md').map(({ file }) => file);
  }
  getFileByPath(path: string): FakeFile | null {
    return this.notes.get(path)?.file ?? null;
  }
  cachedRead(file: FakeFile): Promise<string> {
    this.reads += 1;
    return Promise.resolve(this.text(file.path));
  }
  process(file: FakeFile, fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
    const next = fn(this.text(file.path));
    this.notes.set(file.path, { file, text: next });
    return Promise.resolve(next);
  }
  create(path: string, data: string): Promise<FakeFile> {
    if (this.notes.has(path)) return Promise.reject(new Error('File already exists.'));
    const file = new FakeFile(path);
    this.notes.set(path, { file, text: data });
    return Promise.resolve(file);
  }
  createFolder(path: string): Promise<void> {
    if (this.adapter.folders.has(path)) return Promise.reject(new Error('Folder already exists.'));
    this.adapter.folders.add(path);
    return Promise.resolve();
  }
  /** The text of a note, for assertions. */
  text(path: string): string {
    const note = this.notes.get(path);
    if (note === undefined) throw new Error(`No note at ${path}`);
    return note.text;
  }
}
