import type { Screenplay } from '@reelkit/core/screenplay';
import { findAnnotationAt } from './find-annotation-at.js';
import { rankSpeakers } from './rank-speakers.js';

/** Where completion was asked for, as plain data the host reads off the document. */
export interface CompletionRequest {
  /** Offset of the cursor. */
  readonly offset: number;
  /** Text of the cursor's line up to the cursor. */
  readonly linePrefix: string;
  /** The whole previous line; `undefined` on the first line. */
  readonly previousLine: string | undefined;
  /** The lines above the cursor's when no blank line separates them from the top (where a title page grows), else `undefined`. */
  readonly titleBlockAbove: readonly string[] | undefined;
}

/** What a suggestion completes; the host maps it to an icon. */
export type SuggestionKind = 'character' | 'location' | 'scene-prefix' | 'time-of-day' | 'title-key';

/** One suggestion; `sortText` keeps our order in VS Code's list. */
export interface CompletionSuggestion {
  readonly label: string;
  readonly kind: SuggestionKind;
  readonly sortText: string;
  /** Text replacing the `replaceLength` characters before the cursor. */
  readonly insertText: string;
  readonly replaceLength: number;
}

/** Scene heading prefixes offered at the start of a line. */
export const scenePrefixes = ['INT. ', 'EXT. ', 'INT./EXT. ', 'EST. ', 'I/E. '] as const;
/** Times of day offered after ` - ` in a heading, after the ones the script already uses. */
export const timesOfDay = ['DAY', 'NIGHT', 'MORNING', 'AFTERNOON', 'EVENING', 'DAWN', 'DUSK', 'CONTINUOUS', 'LATER', 'MOMENTS LATER', 'SAME'] as const;
/** Title page keys of Fountain 1.1. */
export const titlePageKeys = ['Title', 'Credit', 'Author', 'Source', 'Draft date', 'Contact', 'Copyright', 'Notes', 'Revision'] as const;

const headingPrefix = /^(?:\.(?=[^.])|(?:INT\.?\/EXT|I\/E|INT|EXT|EST)[. ]\s*)/iu;
const titleKey = /^([A-Za-z ]+):/u;
const cueShape = /^@?[\p{L}\p{N} .'-]*$/u;

/** Suggestions for the cursor, from the current model; none inside a note or boneyard. */
export function suggestCompletions(screenplay: Screenplay, request: CompletionRequest): CompletionSuggestion[] {
  const { offset, linePrefix } = request;
  if (findAnnotationAt(screenplay.annotations, offset) !== undefined || isInsideOpenNote(linePrefix)) return [];

  // A title page being typed does not parse as one until it is complete, so this reads the text, not the model.
  const above = request.titleBlockAbove;
  const onFirstLine = above !== undefined && above.length === 0;
  const onTitlePage = above !== undefined && (onFirstLine || titleKey.test(above[0] ?? ''));
  if (onTitlePage && /^[A-Za-z ]*$/u.test(linePrefix)) {
    const used = new Set(above.map((line) => titleKey.exec(line)?.[1]?.toLowerCase()));
    const keys = titlePageKeys.filter((key) => !used.has(key.toLowerCase()));
    const titleSuggestions = list(keys, 'title-key', linePrefix.length, 0, ': ');
    return onFirstLine ? [...titleSuggestions, ...startOfLine(screenplay, request, titleSuggestions.length)] : titleSuggestions;
  }

  const heading = headingPrefix.exec(linePrefix);
  if (heading) {
    const rest = linePrefix.slice(heading[0].length);
    const dash = rest.lastIndexOf(' - ');
    if (dash !== -1) {
      const partial = rest.slice(dash + 3);
      return list(rankTimes(screenplay), 'time-of-day', partial.length);
    }
    const locations = [...screenplay.locations].sort((a, b) => b.scenes.length - a.scenes.length || a.name.localeCompare(b.name));
    return list(locations.map((location) => location.name), 'location', rest.length);
  }

  const afterBlank = request.previousLine === undefined || request.previousLine.trim() === '';
  return afterBlank ? startOfLine(screenplay, request) : [];
}

function startOfLine(screenplay: Screenplay, request: CompletionRequest, first = 0): CompletionSuggestion[] {
  const { linePrefix } = request;
  if (!cueShape.test(linePrefix)) return [];
  // A cue is written in capitals unless forced with @: lower case means the writer is typing action.
  const forced = linePrefix.startsWith('@');
  const typed = forced ? linePrefix.slice(1) : linePrefix;
  const names = forced || !/\p{Ll}/u.test(linePrefix) ? rankSpeakers(screenplay, request.offset - linePrefix.length) : [];
  const speakers = list(names, 'character', typed.length, first);
  if (forced || linePrefix.includes(' ')) return speakers;
  const prefixes = scenePrefixes.filter((prefix) => prefix.toLowerCase().startsWith(linePrefix.toLowerCase()));
  return [...speakers, ...list(prefixes, 'scene-prefix', linePrefix.length, first + speakers.length)];
}

function rankTimes(screenplay: Screenplay): string[] {
  const counts = new Map<string, number>();
  for (const scene of screenplay.scenes) if (scene.timeOfDay) counts.set(scene.timeOfDay, (counts.get(scene.timeOfDay) ?? 0) + 1);
  const used = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([time]) => time);
  return [...used, ...timesOfDay.filter((time) => !counts.has(time))];
}

function isInsideOpenNote(linePrefix: string): boolean {
  return linePrefix.lastIndexOf('[[') > linePrefix.lastIndexOf(']]') || linePrefix.lastIndexOf('/*') > linePrefix.lastIndexOf('*/');
}

function list(labels: readonly string[], kind: SuggestionKind, replaceLength: number, first = 0, suffix = ''): CompletionSuggestion[] {
  return labels.map((label, index) => ({
    label: label.trimEnd(),
    kind,
    sortText: String(first + index).padStart(5, '0'),
    insertText: label + suffix,
    replaceLength,
  }));
}
