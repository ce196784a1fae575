import type { Finding } from '../findings/finding.js';
import type { GeneratedMediaSigner } from '../provenance/media/generated-media-signer.js';
import { toSignableMediaType } from '../provenance/media/signable-media-types.js';
import type { GeneratedFile } from '../models/generated-file.js';
import type { CallMetadata } from '../models/usage.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** A generated file after signing: the bytes to deliver, and a finding when it carries no Content Credentials. */
export interface SignedMediaFile {
  readonly file: GeneratedFile;
  /** The file carries Content Credentials: ours, or the provider's own when it signed the file (OpenAI images). */
  readonly signed: boolean;
  readonly finding?: Finding;
}

/**
 * Embeds a C2PA manifest (`c2pa.created`, trainedAlgorithmicMedia) when a signer is configured and the format takes
 * one. A signing failure is a finding, not an error: the file was generated and paid for, and the user decides.
 */
export async function signMediaFile(file: GeneratedFile, metadata: CallMetadata, signer: GeneratedMediaSigner | undefined, createdAt: Date, title?: string): Promise<SignedMediaFile> {
  if (signer === undefined) return { file, signed: false };
  const notSigned = (message: string, suggestion: string): SignedMediaFile => ({
    file,
    signed: false,
    finding: { ruleId: 'provenance.media-not-signed', category: 'provenance', severity: 'warning', message, suggestion },
  });
  if (toSignableMediaType(file.mediaType) === undefined) {
    return notSigned(`${file.mediaType} files cannot carry embedded Content Credentials yet.`, 'Keep the provenance ledger entry with the file, or convert it to PNG, JPEG, MP3 or WAV.');
  }
  try {
    const bytes = await signer.signMedia(file.bytes, file.mediaType, {
      provider: metadata.provider,
      model: metadata.modelId,
      createdAt,
      ...omitUndefined({ title }),
    });
    return { file: { ...file, bytes }, signed: true };
  } catch (error) {
    return notSigned(`The file could not be signed: ${error instanceof Error ? error.message : String(error)}`, 'Check the signing identity in the settings, then sign the file again.');
  }
}
