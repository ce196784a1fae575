/** What a manifest says about a generated file, besides who signs it. */
export interface GeneratedMediaFacts {
  /** Provider id, e.g. `openai`; with the model it names the software agent (`openai/gpt-image-1`). */
  readonly provider: string;
  /** Model id as the provider names it, e.g. `gpt-image-1`. */
  readonly model: string;
  /** Model version, when the provider pins one (a Replicate version hash). */
  readonly modelVersion?: string;
  /** When the model produced the media; recorded as the action's `when`. */
  readonly createdAt: Date;
  /** The claim's `dc:title`, e.g. the file name. */
  readonly title?: string;
}

/**
 * Something that embeds Content Credentials in generated media. Tasks depend on this small port, not on the C2PA
 * library, so a host that never signs (or loads the signer lazily, as the Premiere panel does) does not bundle it.
 */
export interface GeneratedMediaSigner {
  /** Distinguished name of the signing certificate, for "signed by" lines. */
  readonly subject: string;
  /** The file with a signed manifest embedded (PNG, JPEG, MP3, WAV); see `signGeneratedMedia`. */
  signMedia(bytes: Uint8Array, mediaType: string, facts: GeneratedMediaFacts): Promise<Uint8Array>;
}
