/** Files the panel reads and writes: the host implements it with UXP's local file system, tests with a map. */
export interface FileStore {
  /** A folder for exports and sidecars, as a native path Premiere can import from. */
  workFolder(): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  writeText(path: string, text: string): Promise<void>;
  /** Adds text to the end of a file (creating it), never rewriting what is there: the project ledger's appends. */
  appendText(path: string, text: string): Promise<void>;
}
