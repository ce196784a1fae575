import type { Signer } from '@trustnxt/c2pa-ts/cose';
import type { Runtime } from '../../runtime/runtime.js';
import type { GeneratedMediaSigner } from './generated-media-signer.js';

/** Signs C2PA claims: a c2pa-ts `Signer` whose private key stays a non-extractable WebCrypto key. */
export interface MediaSigner extends Signer, GeneratedMediaSigner {
  /** The runtime whose WebCrypto signs and hashes. */
  readonly runtime: Runtime;
}
