// Characters XML 1.0 cannot hold at all, escaped or not: C0 controls other than tab and line ends, U+FFFE, U+FFFF
// and unpaired surrogates. A Fountain file may carry them (a stray form feed); a parser would reject the whole file.
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Whether the text holds characters XML cannot carry (they are dropped when written). */
export function hasNonXmlCharacters(text: string): boolean {
  notXml.lastIndex = 0;
  return notXml.test(text);
}

/** Text for element content: `&`, `<` and `>` escaped, characters XML cannot hold dropped, CR kept as `&#13;`. */
export function escapeXmlText(text: string): string {
  return text.replace(notXml, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\r', '&#13;');
}

/** Text for a double-quoted attribute value: as element text, plus `"`, and tab and line feed as references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}
