// Small pieces of PDF syntax (ISO 32000-1 §7.3): numbers, names, hex strings.

/** A glyph number as the 4 hex digits of a 2-byte Identity-H code. */
export function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/** Text as UTF-16BE hex digits, as a text string or a ToUnicode destination takes it. */
export function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index += 1) hex += hex4(text.charCodeAt(index));
  return hex;
}

/** A PDF text string (title, author) as a hex string with a byte order mark, so any script survives. */
export function pdfTextString(text: string): string {
  return `<FEFF${utf16Hex(text)}>`;
}

/** A name object: characters outside `!`..`~` and delimiters written as `#xx`. */
export function pdfName(name: string): string {
  let escaped = '/';
  for (const byte of new TextEncoder().encode(name)) {
    const delimiter = '()<>[]{}/%#'.includes(String.fromCharCode(byte));
    escaped += byte < 0x21 || byte > 0x7e || delimiter ? `#${byte.toString(16).padStart(2, '0')}` : String.fromCharCode(byte);
  }
  return escaped;
}

/** A coordinate in points with at most 2 decimals and no trailing zeros. */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
