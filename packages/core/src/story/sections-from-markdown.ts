import { slug } from '../screenplay/build-model.js';
import type { DocumentSection } from './mention-index.js';

const fence = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Cuts a Markdown manuscript into consecutive sections at ATX headings up to `maxLevel` (default 2), skipping
 * headings inside fenced code. Ids are heading slugs (`-2`, `-3` for repeats), labels the heading text; text before
 * the first heading (frontmatter included) is the `preamble` section.
 */
export function sectionsFromMarkdown(text: string, maxLevel = 2): DocumentSection[] {
  const heading = new RegExp(`^ {0,3}#{1,${maxLevel}}[ \\t]+(.+?)[ \\t#]*$`);
  const sections: DocumentSection[] = [];
  const seen = new Map<string, number>();
  let start = 0;
  let current: { id: string; label: string } = { id: 'preamble', label: 'the opening' };
  let openFence: string | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const fenceMatch = fence.exec(line);
    if (fenceMatch !== null) {
      const marker = fenceMatch[1] as string;
      if (openFence === undefined) openFence = marker;
      else if (marker.startsWith(openFence)) openFence = undefined;
    }
    const match = openFence === undefined ? heading.exec(line.replace(/\r$/, '')) : null;
    if (match !== null && fenceMatch === null) {
      if (offset > start || current.id !== 'preamble') sections.push({ id: current.id, text: text.slice(start, offset), label: current.label });
      const title = (match[1] as string).trim();
      const base = slug(title) || 'section';
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      current = { id: count === 1 ? base : `${base}-${count}`, label: title };
      start = offset;
    }
    offset += line.length + 1;
  }
  sections.push({ id: current.id, text: text.slice(start), label: current.label });
  return sections;
}
