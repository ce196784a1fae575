import * as vscode from 'vscode';

/**
 * A flat in-memory file system the suite registers under its own scheme, so a script can have a ledger beside it
 * (untitled scripts keep theirs in memory, out of sight) without writing into the mounted corpus.
 */
export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  private readonly stalled = new Map<string, () => void>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  /** Whether a file exists at `uri`, for tests that check nothing was written. */
  has(uri: vscode.Uri): boolean {
    return this.files.has(uri.path);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const file = this.read(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: file.mtime, size: file.data.byteLength };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((path) => [path.slice(1), vscode.FileType.File]);
  }

  /**
   * Makes every read of `uri` hang, as a slow network drive does, for tests that cancel mid-way; resolves when the
   * first such read begins.
   */
  stallReadsOf(uri: vscode.Uri): Promise<void> {
    return new Promise((resolve) => this.stalled.set(uri.path, resolve));
  }

  readFile(uri: vscode.Uri): Uint8Array | Promise<Uint8Array> {
    const stall = this.stalled.get(uri.path);
    if (stall === undefined) return this.read(uri).data;
    stall();
    return new Promise<Uint8Array>(() => undefined);
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.files.has(uri.path);
    this.files.set(uri.path, { data: content, mtime: Date.now() });
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.read(uri);
    this.files.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    this.writeFile(to, this.read(from).data);
    this.delete(from);
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('a flat file system has no folders');
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  private read(uri: vscode.Uri): { data: Uint8Array; mtime: number } {
    const file = this.files.get(uri.path);
    if (file === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }
}
