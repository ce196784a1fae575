import type { Screenplay } from '../screenplay/screenplay.js';
import type { TextSection } from './ai-share.js';

/** The scenes of a parsed Fountain script as sections, keyed by the screenplay engine's stable scene ids. */
export function sceneSections(screenplay: Screenplay): TextSection[] {
  return screenplay.scenes.map((scene) => ({ id: scene.id, start: scene.range.start.offset, end: scene.range.end.offset }));
}

/** Markdown heading sections (ATX `#` headings): each runs from its heading to the next heading, id = heading text. */
export function markdownSections(text: string): TextSection[] {
  const headings: { id: string; start: number }[] = [];
  let inFence = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    // Lines in fenced code blocks are code, not headings.
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*\r?$/.exec(line);
    if (heading !== null) headings.push({ id: heading[1] ?? '', start });
    start = end + 1;
  }
  return headings.map((heading, index) => ({ id: heading.id, start: heading.start, end: headings[index + 1]?.start ?? text.length }));
}
