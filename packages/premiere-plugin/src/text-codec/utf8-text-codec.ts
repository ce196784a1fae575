// UTF-8 TextEncoder/TextDecoder for UXP versions that lack them (the openai and replicate SDKs need both).
// Only what the SDKs use: encode, and decode with `stream` for chunked bodies; bad bytes become U+FFFD.

/** Encodes strings as UTF-8, like the WHATWG TextEncoder. */
export class Utf8TextEncoder {
  readonly encoding = 'utf-8';

  encode(input = ''): Uint8Array {
    const bytes: number[] = [];
    for (const char of input) {
      let code = char.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd; // lone surrogate
      if (code < 0x80) bytes.push(code);
      else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
      else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
      else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    }
    return Uint8Array.from(bytes);
  }
}

/** Decodes UTF-8, like the WHATWG TextDecoder (utf-8 only), keeping a split sequence between `stream` calls. */
export class Utf8TextDecoder {
  readonly encoding = 'utf-8';
  private pending: number[] = [];

  decode(input?: ArrayBuffer | ArrayBufferView, options?: { readonly stream?: boolean }): string {
    const view = input === undefined ? new Uint8Array(0) : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    const bytes = [...this.pending, ...view];
    this.pending = [];
    let text = '';
    let index = 0;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && !this.started) index = 3;
    this.started = true;
    while (index < bytes.length) {
      const lead = bytes[index] ?? 0;
      const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
      if (length === 0) {
        text += '\uFFFD';
        index += 1;
        continue;
      }
      let code = length === 1 ? lead : lead & (0xff >> (length + 1));
      let valid = 1;
      for (; valid < length && index + valid < bytes.length; valid += 1) {
        const next = bytes[index + valid] ?? 0;
        const [low, high] = valid === 1 ? secondByteRange(lead) : [0x80, 0xbf];
        if (next < low || next > high) break;
        code = (code << 6) | (next & 63);
      }
      if (valid === length) {
        text += String.fromCodePoint(code);
        index += length;
      } else if (index + valid === bytes.length && options?.stream === true) {
        this.pending = bytes.slice(index);
        break;
      } else {
        text += '\uFFFD';
        index += valid;
      }
    }
    if (options?.stream !== true) this.started = false;
    return text;
  }

  private started = false;
}

// The WHATWG decoder's tighter second-byte ranges reject overlong forms and surrogates.
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
