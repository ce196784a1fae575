const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', lrm: '\u200E', rlm: '\u200F', nbsp: '\u00A0', quot: '"', apos: "'" };

/** The plain text of a WebVTT payload line: tags (`<i>`, `<v Mara>`, `<00:00:01.000>`) removed, entities decoded. */
export function unescapeWebVttText(payload: string): string {
  return payload.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}
