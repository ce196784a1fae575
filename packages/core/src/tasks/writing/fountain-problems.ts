import type { ElementKind, ScreenplayElement } from '../../screenplay/screenplay-element.js';

/** What a task's Fountain output must look like once parsed. */
export interface FountainExpectation {
  /** What the output should be, for messages: `dialogue for MAYA`. */
  readonly description: string;
  /** Kinds the output may contain; any other kind is a problem. All kinds when absent. */
  readonly allowedKinds?: readonly ElementKind[];
  /** Kinds that must each appear at least once. */
  readonly requiredKinds?: readonly ElementKind[];
  /** Normalised names every character cue must be one of. Any speaker when absent. */
  readonly speakers?: readonly string[];
}

// Each kind as a writer names it, with its article: "it has an action line", "it has no scene heading".
const labels: Record<ElementKind, readonly [article: string, noun: string]> = {
  'scene-heading': ['a', 'scene heading'],
  action: ['an', 'action line'],
  character: ['a', 'character cue'],
  dialogue: ['', 'dialogue'],
  parenthetical: ['a', 'parenthetical'],
  lyrics: ['', 'lyrics'],
  transition: ['a', 'transition'],
  centered: ['', 'centered text'],
  section: ['a', 'section'],
  synopsis: ['a', 'synopsis'],
  'page-break': ['a', 'page break'],
};
const quote = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** Why parsed output does not meet the expectation, one phrase per problem (`it has a cue for TOM`); empty when it does. */
export function fountainProblems(elements: readonly ScreenplayElement[], expectation: FountainExpectation): string[] {
  if (elements.length === 0) return ['it is empty'];
  const problems: string[] = [];
  const reported = new Set<ElementKind>();
  for (const element of elements) {
    if (expectation.allowedKinds === undefined || expectation.allowedKinds.includes(element.kind) || reported.has(element.kind)) continue;
    reported.add(element.kind);
    const [article, noun] = labels[element.kind];
    problems.push(`it has ${article === '' ? '' : `${article} `}${noun} ${quote(element.text)}`);
  }
  for (const kind of expectation.requiredKinds ?? []) {
    if (!elements.some((element) => element.kind === kind)) problems.push(`it has no ${labels[kind][1]}`);
  }
  if (expectation.speakers !== undefined) {
    const others = new Set(elements.flatMap((element) => (element.kind === 'character' && element.name !== undefined && !expectation.speakers?.includes(element.name) ? [element.name] : [])));
    for (const name of others) problems.push(`it has a cue for ${name}`);
  }
  return problems;
}
