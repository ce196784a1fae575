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
}
