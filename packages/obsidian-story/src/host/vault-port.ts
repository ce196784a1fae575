import type { DataAdapter, DataWriteOptions, TFile, Vault } from 'obsidian';
import type { VectorFileAdapter } from '../storage/note-vector-store.js';

/** The file fields the plugin reads; Obsidian's `TFile` has them all, and a fake file needs no more. */
export type NoteFile = Pick<TFile, 'path' | 'basename' | 'extension'>;

/** The adapter calls the ledger store makes (paths are vault-relative and normalized). */
export type LedgerAdapterPort = Pick<DataAdapter, 'exists' | 'read' | 'write' | 'append' | 'mkdir'>;

/**
 * The vault calls the plugin makes, each typed from Obsidian's own `Vault` declaration so that a change there fails to
 * compile here and in the fakes. Generic over the file type because a real `TFile` cannot be built outside Obsidian.
 */
export interface VaultPort<File extends NoteFile = TFile> {
  getMarkdownFiles(): File[];
  getFileByPath(path: Parameters<Vault['getFileByPath']>[0]): File | null;
  cachedRead(file: File): ReturnType<Vault['cachedRead']>;
  process(file: File, fn: Parameters<Vault['process']>[1], options?: DataWriteOptions): ReturnType<Vault['process']>;
  create(path: Parameters<Vault['create']>[0], data: Parameters<Vault['create']>[1]): Promise<File>;
  createFolder(path: Parameters<Vault['createFolder']>[0]): Promise<unknown>;
  readonly adapter: LedgerAdapterPort;
}

/** The obsidian `Vault` is a `VaultPort`; this line fails to compile if the declarations drift. */
export const vaultIsPort = (vault: Vault): VaultPort => vault;

/** Obsidian's `DataAdapter` can keep the ask index's vector files; this line fails to compile if the declarations drift. */
export const adapterIsVectorFileAdapter = (adapter: DataAdapter): VectorFileAdapter => adapter;
