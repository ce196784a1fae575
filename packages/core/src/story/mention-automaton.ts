import { codePointNear } from './code-point-near.js';
import { isSpaceCode } from './is-space-code.js';
import { isWordChar } from './is-word-char.js';
import type { Mention } from './mention.js';
import type { MentionPattern } from './mention-pattern.js';

/** Finds every occurrence of many patterns in one pass over a text. */
export interface MentionAutomaton {
  /**
   * Every occurrence of every pattern inside `[from, to)` of `text` that passes the pattern's word-boundary and case
   * checks, overlaps included, in no particular order. `folded` is `foldCase(text)`. The boundaries are checked
   * against the whole text, so scanning a window finds exactly the matches a whole scan finds inside it.
   */
  findCandidates(text: string, folded: string, from?: number, to?: number): Mention[];
}

/**
 * Builds an Aho–Corasick automaton over the patterns' forms, so a text is scanned once however many entries there
 * are. Word boundaries are checked on the code points around a match (letters, digits and marks of any script count
 * as word characters), not with regex look-behind, which iOS Safari lacked before 16.4.
 */
export function createMentionAutomaton(patterns: readonly MentionPattern[]): MentionAutomaton {
  const transitions: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  for (const [patternIndex, pattern] of patterns.entries()) {
    let node = 0;
    for (let index = 0; index < pattern.form.length; index += 1) {
      const code = pattern.form.charCodeAt(index);
      const edges = transitions[node] as Map<number, number>;
      let next = edges.get(code);
      if (next === undefined) {
        next = transitions.length;
        transitions.push(new Map());
        outputs.push([]);
        edges.set(code, next);
      }
      node = next;
    }
    (outputs[node] as number[]).push(patternIndex);
  }
  const fail = buildFailLinks(transitions, outputs);

  return {
    findCandidates(text, folded, from = 0, to = folded.length) {
      const candidates: Mention[] = [];
      // The automaton reads each whitespace run as one space; `sourceAt` maps what it read back to text offsets.
      const sourceAt = new Int32Array(Math.max(0, to - from));
      let fed = 0;
      let node = 0;
      for (let index = from; index < to; index += 1) {
        const raw = folded.charCodeAt(index);
        const isSpace = isSpaceCode(raw);
        if (isSpace && fed > 0 && isSpaceCode(folded.charCodeAt(sourceAt[fed - 1] as number))) continue;
        const code = isSpace ? 32 : raw;
        sourceAt[fed] = index;
        fed += 1;
        let next = (transitions[node] as Map<number, number>).get(code);
        while (next === undefined && node !== 0) {
          node = fail[node] as number;
          next = (transitions[node] as Map<number, number>).get(code);
        }
        node = next ?? 0;
        const matched = outputs[node] as number[];
        for (let output = 0; output < matched.length; output += 1) {
          const pattern = patterns[matched[output] as number] as MentionPattern;
          const end = index + 1;
          const start = sourceAt[fed - pattern.form.length] as number;
          if (pattern.checkStart && isWordChar(codePointNear(text, start, true))) continue;
          if (pattern.checkEnd && isWordChar(codePointNear(text, end, false))) continue;
          if (pattern.requireCapital && isLowerCase(codePointNear(text, start, false))) continue;
          candidates.push({ entryId: pattern.entryId, start, end, text: text.slice(start, end) });
        }
      }
      return candidates;
    },
  };
}

function isLowerCase(char: string | undefined): boolean {
  return char !== undefined && char !== char.toUpperCase();
}

/** Breadth-first fail links; each node's outputs absorb those of its fail node so matching needs no output chase. */
function buildFailLinks(transitions: Map<number, number>[], outputs: number[][]): number[] {
  const fail = new Array<number>(transitions.length).fill(0);
  const queue: number[] = [...(transitions[0]?.values() ?? [])];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    for (const [code, child] of transitions[node] ?? []) {
      let candidate = fail[node] ?? 0;
      while (candidate !== 0 && !transitions[candidate]?.has(code)) candidate = fail[candidate] ?? 0;
      const target = transitions[candidate]?.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputs[child]?.push(...(outputs[fail[child] ?? 0] ?? []));
      queue.push(child);
    }
  }
  return fail;
}
