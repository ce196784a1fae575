import { base64ToBytes, bytesToBase64 } from '../runtime/base64.js';
import { canonicalJson } from '../runtime/canonical-json.js';
import type { PublicSigningKey } from './ledger-entry.js';
import { LedgerError } from './ledger-error.js';

/**
 * ECDSA P-256 with SHA-256 (ES256). Ed25519 would give shorter keys, but WebCrypto gained it only recently and not
 * every host the core runs in has it (older Electron/Obsidian mobile webviews, UXP); P-256 is in every WebCrypto.
 */
const algorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A signing key pair as JWKs, so a host secret store (which keeps strings) can hold it. */
export interface StoredSigningKey {
  readonly privateKey: JsonWebKey;
  readonly publicKey: PublicSigningKey;
}

/** Where the per-install signing key lives: the host's secret store (never a settings file or the ledger). */
export interface SigningKeyStore {
  load(): Promise<StoredSigningKey | undefined>;
  save(key: StoredSigningKey): Promise<void>;
}

/** Signs checkpoint payloads with the install's key. */
export interface LedgerSigner {
  /** RFC 7638 thumbprint of the public key. */
  readonly keyId: string;
  readonly publicKey: PublicSigningKey;
  /** Base64url ES256 signature (r || s) over the UTF-8 bytes of `text`. */
  sign(text: string): Promise<string>;
}

const encoder = new TextEncoder();
const toBase64Url = (bytes: Uint8Array): string => bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

/** A signing key store in memory, for tests and examples. */
export function createMemorySigningKeyStore(initial?: StoredSigningKey): SigningKeyStore {
  let key = initial;
  return {
    load: () => Promise.resolve(key),
    save: (value) => {
      key = value;
      return Promise.resolve();
    },
  };
}

/** The RFC 7638 thumbprint of a P-256 public key: base64url SHA-256 of its required members in canonical order. */
export async function jwkThumbprint(key: PublicSigningKey, subtle: SubtleCrypto): Promise<string> {
  const members = canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y });
  return toBase64Url(new Uint8Array(await subtle.digest('SHA-256', encoder.encode(members))));
}

/** The install's signer: loads the key from the store, or generates one through WebCrypto and saves it. */
export async function loadLedgerSigner(store: SigningKeyStore, subtle: SubtleCrypto): Promise<LedgerSigner> {
  const stored = (await store.load()) ?? (await generateKey(store, subtle));
  let privateKey: CryptoKey;
  try {
    privateKey = await subtle.importKey('jwk', stored.privateKey, algorithm, false, ['sign']);
  } catch (error) {
    throw new LedgerError('invalid-key', 'The stored provenance signing key cannot be read.', error);
  }
  const publicKey = stored.publicKey;
  return {
    keyId: await jwkThumbprint(publicKey, subtle),
    publicKey,
    sign: async (text) => toBase64Url(new Uint8Array(await subtle.sign(signing, privateKey, encoder.encode(text)))),
  };
}

/** True when `signature` is a valid ES256 signature of `text` by `publicKey`; false for any malformed input. */
export async function verifySignature(publicKey: PublicSigningKey, text: string, signature: string, subtle: SubtleCrypto): Promise<boolean> {
  try {
    const jwk: JsonWebKey = { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y };
    const key = await subtle.importKey('jwk', jwk, algorithm, false, ['verify']);
    return await subtle.verify(signing, key, buffer(base64ToBytes(signature)), encoder.encode(text));
  } catch {
    return false;
  }
}

async function generateKey(store: SigningKeyStore, subtle: SubtleCrypto): Promise<StoredSigningKey> {
  const pair = (await subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const privateKey = await subtle.exportKey('jwk', pair.privateKey);
  const exported = await subtle.exportKey('jwk', pair.publicKey);
  const publicKey: PublicSigningKey = { kty: 'EC', crv: 'P-256', x: exported.x ?? '', y: exported.y ?? '' };
  const key = { privateKey, publicKey };
  await store.save(key);
  return key;
}
