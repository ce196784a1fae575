/** Bytes a model produced (an image, audio, video), fetched so the host never handles provider URLs. */
export interface GeneratedFile {
  readonly bytes: Uint8Array;
  /** IANA media type, e.g. `image/png`, `audio/mpeg`. */
  readonly mediaType: string;
  /** Where the provider served it from, when it came by URL (short-lived on most providers). */
  readonly sourceUrl?: string;
}

/** A file handed to a model: bytes with a name and type, or a URL the provider can fetch itself. */
export type FileInput =
  | { readonly bytes: Uint8Array; readonly filename: string; readonly mediaType: string }
  | { readonly url: string };
