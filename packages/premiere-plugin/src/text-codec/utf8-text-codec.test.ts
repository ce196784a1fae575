import { describe, expect, it } from 'vitest';
import { installTextCodec, type CodecScope } from './install-text-codec.js';
import { Utf8TextDecoder, Utf8TextEncoder } from './utf8-text-codec.js';

const samples = ['', 'plain ASCII', 'Café — naïve', '字幕と翻訳', 'emoji 🎬🎞️ and 𝄞', 'lone \uD800 surrogate', '\uFEFFBOM first'];

describe('the UTF-8 codec polyfill', () => {
  it("encodes exactly like Node's TextEncoder", () => {
    for (const text of samples) expect([...new Utf8TextEncoder().encode(text)]).toEqual([...new TextEncoder().encode(text)]);
  });

  it("decodes exactly like Node's TextDecoder, valid and invalid bytes alike", () => {
    const inputs = [
      ...samples.map((text) => new TextEncoder().encode(text)),
      Uint8Array.from([0xff, 0x41, 0xc0, 0xaf, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
      Uint8Array.from([0xe2, 0x82]),
    ];
    for (const bytes of inputs) expect(new Utf8TextDecoder().decode(bytes)).toBe(new TextDecoder().decode(bytes));
  });

  it('keeps a character split across streamed chunks', () => {
    const bytes = new TextEncoder().encode('a🎬b');
    const decoder = new Utf8TextDecoder();
    expect(decoder.decode(bytes.slice(0, 3), { stream: true }) + decoder.decode(bytes.slice(3))).toBe('a🎬b');
  });

  it('installs only what is missing', () => {
    const scope: CodecScope = { TextEncoder, TransformStream };
    expect(installTextCodec(scope)).toEqual(['TextDecoder']);
    expect(scope.TextEncoder).toBe(TextEncoder);
    expect(scope.TextDecoder).toBe(Utf8TextDecoder);
  });

  it('lets a module subclass TransformStream where UXP lacks it, and says why a stream cannot run', () => {
    const scope: CodecScope = { TextEncoder, TextDecoder };
    expect(installTextCodec(scope)).toEqual(['TransformStream']);
    const Base = scope.TransformStream as new () => object;
    class ParserStream extends Base {}
    expect(() => new ParserStream()).toThrow('Streams are not available in this version of Premiere; Reelkit does not stream from Replicate.');
  });
});
