import { JPEG, MP3, PNG, type Asset } from '@trustnxt/c2pa-ts/asset';
import { ReelkitError } from '../../errors/reelkit-error.js';
import { UnsupportedCapabilityError } from '../../errors/unsupported-capability-error.js';
import { sniffMediaType } from '../../runtime/sniff-media-type.js';
import { toSignableMediaType, type SignableMediaType } from './signable-media-types.js';
import { WavAsset } from './wav-asset.js';

const open: Readonly<Record<SignableMediaType, (bytes: Uint8Array) => Asset>> = {
  'image/png': (bytes) => new PNG(bytes),
  'image/jpeg': (bytes) => new JPEG(bytes),
  'audio/mpeg': (bytes) => new MP3(bytes),
  'audio/wav': (bytes) => new WavAsset(bytes),
};

/**
 * The bytes as a c2pa-ts asset of the given type. Throws `UnsupportedCapabilityError` for other formats and an
 * `invalid_argument` error when the bytes are not what the type says (a manifest must bind the real format).
 */
export function openMediaAsset(bytes: Uint8Array, mediaType: string): Asset {
  const type = toSignableMediaType(mediaType);
  if (type === undefined) {
    throw new UnsupportedCapabilityError(
      'Reelkit C2PA signing',
      `embedding a manifest in ${mediaType}`,
      'Content Credentials are embedded in PNG, JPEG, MP3 and WAV; convert the file to one of them first.',
    );
  }
  const sniffed = sniffMediaType(bytes);
  if (sniffed !== type) {
    throw new ReelkitError({
      code: 'invalid_argument',
      message: `The bytes are ${sniffed}, not ${type}.`,
      hint: 'Pass the media type the provider returned, or sniff it with sniffMediaType.',
    });
  }
  try {
    return open[type](bytes);
  } catch (error) {
    throw new ReelkitError({ code: 'invalid_argument', message: `The ${type} file cannot be parsed.`, hint: 'Check the download is complete.', cause: error });
  }
}
