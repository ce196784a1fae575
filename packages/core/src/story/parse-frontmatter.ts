/** A frontmatter value in the subset we read: a string, a boolean, a list of strings or a map of strings. */
export type FrontmatterValue = string | boolean | readonly string[] | Readonly<Record<string, string>>;

/** Frontmatter keys and values, plus the body after it and the line the body starts on (0-based). */
export interface Frontmatter {
  readonly data: Readonly<Record<string, FrontmatterValue>>;
  readonly body: string;
  readonly bodyLine: number;
}

const keyLine = /^([\p{L}\p{N}_][\p{L}\p{N}_ -]*):(?:\s+(.*))?$/u;

/**
 * Reads the simple YAML frontmatter subset story-bible notes use, never throwing: `key: value` (quotes optional),
 * `true`/`false`, inline lists `[a, "b, c"]`, block lists of `- item` lines, and one level of `key:` map with
 * indented `name: value` lines. Anything else (anchors, multi-line strings, deeper nesting) is read as text or skipped;
 * a note without a closing `---` has no frontmatter.
 */
export function parseFrontmatter(text: string): Frontmatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { data: {}, body: text, bodyLine: 0 };
  const close = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (close === -1) return { data: {}, body: text, bodyLine: 0 };
  const data: Record<string, FrontmatterValue> = {};
  let openKey: string | undefined;
  for (const line of lines.slice(1, close)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indented = /^\s/.test(line);
    if (indented && openKey !== undefined) {
      const trimmed = line.trim();
      const current = data[openKey];
      if (trimmed.startsWith('- ') || trimmed === '-') {
        data[openKey] = [...(Array.isArray(current) ? (current as string[]) : []), unquote(trimmed.slice(1).trim())];
      } else {
        const match = keyLine.exec(trimmed);
        const isMap = typeof current === 'object' && !Array.isArray(current);
        // `key:` opens an empty list; its first `name: value` line turns it into a map.
        if (match !== null && (isMap || (Array.isArray(current) && current.length === 0))) {
          data[openKey] = { ...(isMap ? (current as Record<string, string>) : {}), [(match[1] ?? '').trim()]: unquote(match[2] ?? '') };
        }
      }
      continue;
    }
    const match = keyLine.exec(line);
    if (match === null) continue;
    const key = (match[1] ?? '').trim();
    const raw = (match[2] ?? '').trim();
    openKey = raw === '' ? key : undefined;
    data[key] = raw === '' ? [] : readScalar(raw);
  }
  return { data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 1 };
}

function readScalar(raw: string): FrontmatterValue {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw.startsWith('[') && raw.endsWith(']')) return splitInlineList(raw.slice(1, -1));
  return unquote(raw);
}

/** Splits `a, "b, c", 'd'` on commas outside quotes. */
function splitInlineList(inner: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of inner) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === ',') {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => unquote(item.trim())).filter((item) => item !== '');
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  // An unquoted YAML value ends at ` #` (a comment).
  const comment = value.indexOf(' #');
  return comment === -1 ? value : value.slice(0, comment).trimEnd();
}
