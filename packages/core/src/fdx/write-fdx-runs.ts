import type { InlineSpan } from '../screenplay/screenplay-element.js';
import type { FdxRun } from './fdx-document.js';
import { writeFdxStyle } from './fdx-text-style.js';

/**
 * Cuts an element's text into `<Text>` runs at every emphasis boundary, each run styled with the emphases covering
 * it (`***` is Bold+Italic; a bold span inside an underlined one gives `Bold+Underline`). A plain text is one run.
 */
export function writeFdxRuns(text: string, emphasis: readonly InlineSpan[]): FdxRun[] {
  if (emphasis.length === 0) return text === '' ? [] : [{ text, style: '' }];
  // Each span opens at its start and closes at its end; counting open spans per flag gives each stretch's style.
  const events = emphasis.flatMap((span) => [
    { at: span.start, style: span.style, step: 1 },
    { at: span.end, style: span.style, step: -1 },
  ]);
  events.sort((left, right) => left.at - right.at);
  const open = { bold: 0, italic: 0, underline: 0 };
  const runs: FdxRun[] = [];
  let from = 0;
  for (const event of events) {
    const at = Math.min(Math.max(event.at, 0), text.length);
    if (at > from) {
      runs.push({ text: text.slice(from, at), style: writeFdxStyle({ bold: open.bold > 0, italic: open.italic > 0, underline: open.underline > 0 }) });
      from = at;
    }
    if (event.style === 'bold' || event.style === 'bold-italic') open.bold += event.step;
    if (event.style === 'italic' || event.style === 'bold-italic') open.italic += event.step;
    if (event.style === 'underline') open.underline += event.step;
  }
  if (from < text.length) runs.push({ text: text.slice(from), style: '' });
  return mergeRuns(runs);
}

/** Joins neighbouring runs of one style, so the file holds no split Final Draft would not write. */
function mergeRuns(runs: FdxRun[]): FdxRun[] {
  const merged: FdxRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.style === run.style) merged[merged.length - 1] = { text: last.text + run.text, style: run.style };
    else merged.push(run);
  }
  return merged;
}
