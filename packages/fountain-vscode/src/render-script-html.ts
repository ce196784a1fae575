import { escapeHtml } from '@reelkit/core/representation';
import { paginateScreenplay, type PaginatedScreenplay } from '@reelkit/core/pagination';
import { type InlineSpan, type Screenplay, type ScreenplayElement } from '@reelkit/core/screenplay';

const tags: Record<InlineSpan['style'], [string, string]> = {
  italic: ['<em>', '</em>'],
  bold: ['<strong>', '</strong>'],
  'bold-italic': ['<strong><em>', '</em></strong>'],
  underline: ['<u>', '</u>'],
};
const speech = new Set(['dialogue', 'parenthetical', 'lyrics']);
const titleCentre = new Set(['title', 'credit', 'author', 'authors', 'source']);

/**
 * The script as it prints, as escaped HTML: every block carries `data-line` (its first source line) for scroll
 * sync; sections, synopses, notes and boneyard do not print. Dual dialogue sits in two columns. Page breaks fall
 * where the PDF and Final Draft put them (`paginateScreenplay`): a numbered rule before the first element that starts
 * on each new page.
 */
export function renderScriptHtml(screenplay: Screenplay, paginated: PaginatedScreenplay = paginateScreenplay(screenplay, { paper: 'letter' })): string {
  const parts: string[] = [renderTitlePage(screenplay)];
  const elements = screenplay.elements;
  const pageStarts = pageStartElements(paginated);
  // 'left' from the first cue of a dual exchange, 'right' once its second cue is out, until that speech ends.
  let dual: 'none' | 'left' | 'right' = 'none';
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index] as ScreenplayElement;
    if (element.kind === 'section' || element.kind === 'synopsis') continue;
    const page = pageStarts.get(index);
    if (page !== undefined && dual === 'none') parts.push(`<div class="page-start" data-page="${page}" aria-label="page ${page}"><span>${page}.</span></div>`);
    if (element.dual === 'left' && dual === 'none') {
      parts.push('<div class="dual"><div class="side">');
      dual = 'left';
    }
    if (element.dual === 'right' && dual === 'left') {
      parts.push('</div><div class="side">');
      dual = 'right';
    }
    parts.push(renderElement(element));
    const next = elements[index + 1];
    const exchangeEnds = dual === 'right' || (dual === 'left' && element.kind !== 'character' && next?.dual !== 'right');
    if (exchangeEnds && !speech.has(next?.kind ?? '')) {
      parts.push('</div></div>');
      dual = 'none';
    }
  }
  if (dual !== 'none') parts.push('</div></div>');
  return parts.join('\n');
}

function renderElement(element: ScreenplayElement): string {
  const line = element.range.start.line;
  // A forced break is drawn by the page rule of the page it starts; this keeps its line for scroll sync.
  if (element.kind === 'page-break') return `<span class="page-break" data-line="${line}"></span>`;
  const side = element.dual === undefined ? '' : ` ${element.dual}`;
  const content = renderInline(element.text, element.emphasis);
  if (element.kind === 'scene-heading' && element.sceneNumber !== undefined) {
    const number = `<span class="scene-number">${escapeHtml(element.sceneNumber)}</span>`;
    return `<h3 class="scene-heading" data-line="${line}">${number}${content}${number}</h3>`;
  }
  if (element.kind === 'scene-heading') return `<h3 class="scene-heading" data-line="${line}">${content}</h3>`;
  return `<p class="${element.kind}${side}" data-line="${line}">${content}</p>`;
}

/** Escaped text with emphasis tags; spans are nested as the parser found them. */
function renderInline(text: string, spans: readonly InlineSpan[]): string {
  if (spans.length === 0) return escapeHtml(text).replace(/\n/gu, '<br>');
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  for (const span of spans) {
    const [open, close] = tags[span.style];
    opens.set(span.start, [...(opens.get(span.start) ?? []), open]);
    closes.set(span.end, [close, ...(closes.get(span.end) ?? [])]);
  }
  let html = '';
  for (let index = 0; index <= text.length; index += 1) {
    html += (closes.get(index) ?? []).join('') + (opens.get(index) ?? []).join('');
    const character = text[index];
    if (character !== undefined) html += character === '\n' ? '<br>' : escapeHtml(character);
  }
  return html;
}

function renderTitlePage(screenplay: Screenplay): string {
  const entries = screenplay.titlePage.entries;
  if (entries.length === 0) return '';
  const render = (list: typeof entries): string =>
    list
      .map((entry) => {
        const value = escapeHtml(entry.value.replace(/\*{1,3}|_/gu, '')).replace(/\n/gu, '<br>');
        return `<p class="title-${escapeHtml(entry.key.toLowerCase().replace(/\s+/gu, '-'))}" data-line="${entry.range.start.line}">${value}</p>`;
      })
      .join('');
  const centre = entries.filter((entry) => titleCentre.has(entry.key.toLowerCase()));
  const corner = entries.filter((entry) => !titleCentre.has(entry.key.toLowerCase()));
  return `<section class="title-page"><div class="centre">${render(centre)}</div><div class="corner">${render(corner)}</div></section>`;
}

/** The element that starts each page after the first: the first element whose first printed line is on that page. */
function pageStartElements(paginated: PaginatedScreenplay): Map<number, number> {
  const starts = new Map<number, number>();
  const seen = new Set<number>();
  for (const page of paginated.pages) {
    let marked = page.number === 1;
    for (const line of page.lines) {
      if (line.element === undefined || seen.has(line.element)) continue;
      seen.add(line.element);
      if (!marked) starts.set(line.element, page.number);
      marked = true;
    }
  }
  return starts;
}
