// The two modules Premiere's UXP runtime provides to `require`.
//
// `premierepro` is typed by @adobe/premierepro, which ships only types, under another name.
// `uxp` is declared here, only as far as the panel uses it, instead of including @adobe/cc-ext-uxp-types: that file
// redeclares DOM globals (fetch, Blob, AbortSignal, ...) that collide with lib.dom, and it types `entrypoints.setup`'s
// `panels` as an array where UXP takes a map keyed by panel id.

declare module 'premierepro' {
  const premierepro: import('@adobe/premierepro').premierepro;
  export = premierepro;
}

declare module 'uxp' {
  /** Lifecycle handlers of one panel from manifest.json, with their manifest v5 signatures. */
  export interface PanelHandlers {
    /** Called once when the panel is created; UXP waits at most 300 ms for it. */
    create?(rootNode: HTMLElement): void | Promise<void>;
    show?(rootNode: HTMLElement, data?: unknown): void | Promise<void>;
    hide?(rootNode: HTMLElement, data?: unknown): void | Promise<void>;
    destroy?(rootNode: HTMLElement): void;
  }

  /** `require('uxp').entrypoints`. */
  export interface Entrypoints {
    /** Attaches handlers to the entry points in manifest.json; may be called once. */
    setup(entrypoints: { readonly panels: Readonly<Record<string, PanelHandlers>> }): void;
  }

  export const entrypoints: Entrypoints;

  /** `require('uxp').host`: the application the plugin runs in, as UXP reports it. */
  export const host: { readonly name: string; readonly version: string } | undefined;

  /** A file or folder in UXP's local file system. */
  export interface Entry {
    readonly name: string;
    readonly nativePath: string;
    readonly isFile: boolean;
    readonly isFolder: boolean;
  }

  /** A file: read and written whole, as text or bytes. */
  export interface File extends Entry {
    read(options?: { format?: symbol }): Promise<string | ArrayBuffer>;
    /** `append` adds to the end of the file instead of replacing it. */
    write(data: string | ArrayBuffer | Uint8Array, options?: { format?: symbol; append?: boolean }): Promise<number>;
  }

  /** A folder. */
  export interface Folder extends Entry {
    createFile(name: string, options?: { overwrite?: boolean }): Promise<File>;
  }

  /** `require('uxp').storage`: the file system (with `localFileSystem: fullAccess`) and the OS keychain. */
  export interface Storage {
    readonly localFileSystem: {
      getDataFolder(): Promise<Folder>;
      getTemporaryFolder(): Promise<Folder>;
      /** `file:` URLs of native paths; needs `localFileSystem: fullAccess`. */
      getEntryWithUrl(url: string): Promise<Entry>;
      createEntryWithUrl(url: string, options?: { overwrite?: boolean }): Promise<Entry>;
      /** Shows the system open dialog; resolves to null when cancelled. */
      getFileForOpening(options?: { types?: string[] }): Promise<File | null>;
    };
    readonly formats: { readonly binary: symbol; readonly utf8: symbol };
    /** Encrypted per-user storage for secrets. */
    readonly secureStorage: {
      getItem(key: string): Promise<Uint8Array | null>;
      setItem(key: string, value: string | Uint8Array): Promise<void>;
      removeItem(key: string): Promise<void>;
    };
  }

  export const storage: Storage;
}
