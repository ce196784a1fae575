import { createLineTable } from './line-table.js';
import { parseBody } from './parse-body.js';
import type { InlineSpan, ScreenplayElement } from './screenplay-element.js';
import type { Screenplay } from './screenplay.js';

const markers: Record<InlineSpan['style'], string> = { italic: '*', bold: '**', 'bold-italic': '***', underline: '_' };
const speechKinds = new Set(['dialogue', 'parenthetical', 'lyrics']);

/**
 * Writes Fountain. Parsed elements print their exact source (`raw`, `before`), so an unchanged parse
 * round-trips byte for byte; elements without `raw` (built or changed by the caller) are written in
 * canonical form, with a forcing marker only where the plain form would read as another kind.
 */
export function writeFountain(screenplay: Pick<Screenplay, 'titlePage' | 'elements' | 'trailing'>): string {
  const out: string[] = [screenplay.titlePage.raw || writeTitlePage(screenplay)];
  let previous: ScreenplayElement | undefined;
  for (const element of screenplay.elements) {
    const hasContentBefore = previous !== undefined || out[0] !== '';
    out.push(element.before ?? (!hasContentBefore ? '' : speechKinds.has(element.kind) ? '\n' : '\n\n'));
    out.push(element.raw ?? writeElement(element));
    previous = element;
  }
  out.push(screenplay.trailing);
  return out.join('');
}

function writeTitlePage(screenplay: Pick<Screenplay, 'titlePage'>): string {
  return screenplay.titlePage.entries
    .map(({ key, value }) => (value.includes('\n') ? `${key}:\n${value.split('\n').map((line) => `    ${line}`).join('\n')}` : `${key}: ${value}`))
    .join('\n');
}

/** One element in canonical Fountain, forced only when needed. */
export function writeElement(element: ScreenplayElement): string {
  const text = withMarkup(element.text, element.emphasis);
  const plain = plainForm(element, text);
  // A cue only reads as one with a line under it.
  const probe = element.kind === 'character' ? `${plain}\nx` : plain;
  if (!element.forced && (readsAs(probe) === element.kind || speechKinds.has(element.kind))) return plain;
  return forcedForm(element, text);
}

function plainForm(element: ScreenplayElement, text: string): string {
  switch (element.kind) {
    case 'scene-heading':
      return element.sceneNumber === undefined ? text : `${text} #${element.sceneNumber}#`;
    case 'character':
      return element.dual === 'right' ? `${text} ^` : text;
    case 'dialogue':
      return text.split('\n').map((line) => (line === '' ? '  ' : line)).join('\n');
    case 'lyrics':
      return text.split('\n').map((line) => `~${line}`).join('\n');
    case 'centered':
      return `> ${text} <`;
    case 'section':
      return `${'#'.repeat(element.depth ?? 1)} ${text}`;
    case 'synopsis':
      return `= ${text}`;
    case 'page-break':
      return '===';
    default:
      return text;
  }
}

function forcedForm(element: ScreenplayElement, text: string): string {
  switch (element.kind) {
    case 'scene-heading':
      return `.${plainForm(element, text)}`;
    case 'action':
      return `!${text}`;
    case 'character':
      return `@${plainForm(element, text)}`;
    case 'transition':
      return `> ${text}`;
    default:
      return plainForm(element, text);
  }
}

/** The kind the parser gives a piece of text standing alone (speech is read under a cue). */
function readsAs(text: string): string | undefined {
  const drafts = parseBody(text, createLineTable(text, 0, text.length), 0);
  return drafts.length === 1 || drafts[0]?.kind === 'character' ? drafts[0]?.kind : undefined;
}

function withMarkup(text: string, emphasis: readonly InlineSpan[]): string {
  const inserts = new Map<number, string[]>();
  const add = (at: number, marker: string, atEnd: boolean): void => {
    const list = inserts.get(at) ?? [];
    if (atEnd) list.unshift(marker);
    else list.push(marker);
    inserts.set(at, list);
  };
  for (const span of emphasis) {
    add(span.start, markers[span.style], false);
    add(span.end, markers[span.style], true);
  }
  let out = '';
  for (let index = 0; index <= text.length; index += 1) {
    out += inserts.get(index)?.join('') ?? '';
    const char = text[index];
    if (char === undefined) break;
    out += char === '*' || char === '_' ? `\\${char}` : char;
  }
  return out;
}
