import { describe, expect, it } from 'vitest';
import { parsePem, toPem } from './pem.js';

describe('pem', () => {
  it('writes 64-character base64 lines between BEGIN and END', () => {
    const pem = toPem('CERTIFICATE', new Uint8Array(60).fill(0xab));
    // 60 bytes of 0xab are 80 base64 characters: one full line of 64, then 16.
    expect(pem).toBe(`-----BEGIN CERTIFICATE-----\n${'q6ur'.repeat(16)}\n${'q6ur'.repeat(4)}\n-----END CERTIFICATE-----\n`);
  });

  it('reads every block in order, ignoring text around them', () => {
    const text = `Bag Attributes: x\n${toPem('CERTIFICATE', new Uint8Array([1, 2]))}comment\n${toPem('PRIVATE KEY', new Uint8Array([3]))}`;
    expect(parsePem(text)).toEqual([
      { label: 'CERTIFICATE', der: new Uint8Array([1, 2]) },
      { label: 'PRIVATE KEY', der: new Uint8Array([3]) },
    ]);
  });

  it('reads CRLF files and nothing from text without blocks', () => {
    expect(parsePem(toPem('CERTIFICATE', new Uint8Array([5, 6, 7])).replace(/\n/g, '\r\n'))).toEqual([{ label: 'CERTIFICATE', der: new Uint8Array([5, 6, 7]) }]);
    expect(parsePem('no pem here')).toEqual([]);
  });
});
