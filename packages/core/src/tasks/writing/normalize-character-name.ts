import { normaliseCharacterName } from '../../screenplay/classify-line.js';

/**
 * A name the writer typed, keyed as the screenplay model keys its characters: `@` forcing, `^` dual marker and
 * extensions such as `(V.O.)` removed, then the parser's own normalisation (upper case, spaces collapsed), so
 * `Maya`, `MAYA (V.O.)` and `@maya` all find `MAYA`.
 */
export function normalizeCharacterName(name: string): string {
  let text = name.trim();
  if (text.startsWith('@')) text = text.slice(1);
  if (text.endsWith('^')) text = text.slice(0, -1);
  const extension = text.indexOf('(');
  return normaliseCharacterName(extension === -1 ? text : text.slice(0, extension));
}
