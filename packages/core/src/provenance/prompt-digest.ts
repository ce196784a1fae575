import { base64ToBytes, bytesToBase64 } from '../runtime/base64.js';

const hmac = { name: 'HMAC', hash: 'SHA-256' } as const;
const hex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A new per-install prompt key: 256 random bits from WebCrypto, as base64 for the host's secret store. It never goes
 * into a ledger; without it nobody can test guesses of a prompt against the ledger's digests.
 */
export async function createPromptKey(subtle: SubtleCrypto): Promise<string> {
  const key = await subtle.generateKey({ ...hmac, length: 256 }, true, ['sign']);
  return bytesToBase64(new Uint8Array(await subtle.exportKey('raw', key)));
}

/**
 * `hmac-sha256:<hex>` of the prompt under the install's key. A plain hash would let anyone holding the ledger
 * confirm a guessed prompt; the keyed digest only lets the key holder (the writer) prove which prompt was used.
 */
export async function digestPrompt(prompt: string, promptKey: string, subtle: SubtleCrypto): Promise<string> {
  const key = await subtle.importKey('raw', base64ToBytes(promptKey) as Uint8Array<ArrayBuffer>, hmac, false, ['sign']);
  return `hmac-sha256:${hex(await subtle.sign('HMAC', key, new TextEncoder().encode(prompt)))}`;
}
