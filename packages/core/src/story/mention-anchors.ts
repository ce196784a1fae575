import { isSpaceCode } from './is-space-code.js';
import { patternKeys } from './mention-keys.js';
import type { MentionPattern } from './mention-pattern.js';

/**
 * A piece of some patterns' forms, found with `indexOf` (native, far faster than an automaton) so that only the text
 * around its occurrences needs matching. Every match of the patterns contains the piece.
 */
export interface MentionAnchor {
  /** Folded, without whitespace. */
  readonly text: string;
  /** The most the patterns reach before and after the piece, in characters with a whitespace run counting as one. */
  readonly before: number;
  readonly after: number;
  /** A section whose keys include none of these sets cannot contain the patterns (see `patternKeys`). */
  readonly keySets: readonly Uint32Array[];
}

/** Groups patterns under shared anchors: `mara` serves `Mara`, `Maras`, `Mara's` and `Captain Mara`. */
export function anchorsOf(patterns: readonly MentionPattern[]): MentionAnchor[] {
  const anchors: { text: string; before: number; after: number; keySets: Uint32Array[] }[] = [];
  for (const pattern of [...patterns].sort((left, right) => left.form.length - right.form.length)) {
    let anchor = anchors.find((candidate) => pattern.form.includes(candidate.text));
    if (anchor === undefined) {
      const text = pattern.form.split(' ').reduce((longest, piece) => (piece.length > longest.length ? piece : longest));
      anchor = { text, before: 0, after: 0, keySets: [] };
      anchors.push(anchor);
    }
    const offset = pattern.form.indexOf(anchor.text);
    anchor.before = Math.max(anchor.before, offset);
    anchor.after = Math.max(anchor.after, pattern.form.length - offset - anchor.text.length);
    anchor.keySets.push(patternKeys(pattern));
  }
  return anchors.map((anchor) => ({ ...anchor, keySets: withoutSupersets(anchor.keySets) }));
}

/** `[from, to)` pairs, flattened, around every occurrence of the anchor in a folded text: where its patterns can match. */
export function anchorWindows(folded: string, anchor: MentionAnchor): number[] {
  const windows: number[] = [];
  for (let hit = folded.indexOf(anchor.text); hit !== -1; hit = folded.indexOf(anchor.text, hit + 1)) {
    windows.push(stepBack(folded, hit, anchor.before), stepForward(folded, hit + anchor.text.length, anchor.after));
  }
  return windows;
}

/** Sorts flattened `[from, to)` pairs and joins those that overlap or touch, so no match is found twice. */
export function mergeWindows(windows: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let index = 0; index < windows.length; index += 2) pairs.push([windows[index] as number, windows[index + 1] as number]);
  pairs.sort((left, right) => left[0] - right[0]);
  const merged: number[] = [];
  for (const [from, to] of pairs) {
    const last = merged.length - 1;
    if (merged.length > 0 && from <= (merged[last] as number)) merged[last] = Math.max(merged[last] as number, to);
    else merged.push(from, to);
  }
  return merged;
}

/** The offset `units` matcher steps before `position`; a whitespace run is one step, taken back to its start. */
function stepBack(folded: string, position: number, units: number): number {
  let index = position;
  for (let left = units; left > 0 && index > 0; left -= 1) {
    index -= 1;
    if (isSpaceCode(folded.charCodeAt(index))) while (index > 0 && isSpaceCode(folded.charCodeAt(index - 1))) index -= 1;
  }
  return index;
}

/** The offset `units` matcher steps after `position`. */
function stepForward(folded: string, position: number, units: number): number {
  let index = position;
  for (let left = units; left > 0 && index < folded.length; left -= 1) {
    if (isSpaceCode(folded.charCodeAt(index))) while (index < folded.length && isSpaceCode(folded.charCodeAt(index))) index += 1;
    else index += 1;
  }
  return index;
}

/** Drops key sets that hold all of a smaller set: a section passing the larger passes the smaller. */
function withoutSupersets(keySets: readonly Uint32Array[]): Uint32Array[] {
  const kept: Uint32Array[] = [];
  for (const keys of [...keySets].sort((left, right) => left.length - right.length)) {
    if (!kept.some((smaller) => smaller.every((key) => keys.includes(key)))) kept.push(keys);
  }
  return kept;
}
