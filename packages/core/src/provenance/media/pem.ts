import { base64ToBytes, bytesToBase64 } from '../../runtime/base64.js';

/** One PEM block: its label (`CERTIFICATE`, `PRIVATE KEY`, ...) and DER bytes. */
export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

const blockPattern = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** Every PEM block in a text, in order; text outside blocks (comments, `Bag Attributes`) is ignored. */
export function parsePem(text: string): PemBlock[] {
  return Array.from(text.matchAll(blockPattern), (match) => ({
    label: match[1] ?? '',
    der: base64ToBytes(match[2] ?? ''),
  }));
}

/** DER bytes as a PEM block with 64-character lines, as OpenSSL writes it. */
export function toPem(label: string, der: Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
