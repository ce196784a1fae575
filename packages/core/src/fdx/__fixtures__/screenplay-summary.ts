// What a round trip must keep, read off a parsed script: element kinds, texts, emphasis per character, scene numbers,
// dual dialogue sides and section depths; the title page; the notes.
import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { ScreenplayElement } from '../../screenplay/screenplay-element.js';

/** `kind|text|emphasis|scene number|dual|depth` per element, title `Key=value` entries, note texts. */
export interface ScreenplaySummary {
  elements: string[];
  titlePage: string[];
  notes: string[];
}

/** The emphasis of each character as `start-end:flags` stretches (`b`, `i`, `u`); `***` counts as bold and italic. */
export function emphasisOf(element: ScreenplayElement): string {
  const flags = Array.from({ length: element.text.length }, () => new Set<string>());
  for (const span of element.emphasis) {
    const letters = span.style === 'bold-italic' ? ['b', 'i'] : [span.style.charAt(0)];
    for (let at = span.start; at < span.end; at += 1) for (const letter of letters) flags[at]?.add(letter);
  }
  const stretches: string[] = [];
  let open = '';
  let from = 0;
  flags.forEach((set, at) => {
    const key = [...set].sort().join('');
    if (key === open) return;
    if (open !== '') stretches.push(`${from}-${at}:${open}`);
    open = key;
    from = at;
  });
  if (open !== '') stretches.push(`${from}-${element.text.length}:${open}`);
  return stretches.join(',');
}

/** The summary of a Fountain text. */
export function summarize(fountain: string): ScreenplaySummary {
  const screenplay = parseFountain(fountain);
  return {
    elements: screenplay.elements.map((element) =>
      [element.kind, element.text, emphasisOf(element), element.sceneNumber ?? '', element.dual ?? '', element.depth ?? ''].join('|'),
    ),
    titlePage: screenplay.titlePage.entries.map((entry) => `${entry.key}=${entry.value}`),
    notes: screenplay.annotations.filter((annotation) => annotation.kind === 'note').map((annotation) => annotation.text),
  };
}
