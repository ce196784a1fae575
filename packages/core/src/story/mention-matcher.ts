import { foldCase } from './fold-case.js';
import type { Mention } from './mention.js';
import { nameVariants } from './name-variants.js';
import type { StoryEntry } from './story-entry.js';
import { codePointNear } from './code-point-near.js';
import { isUnspacedScriptChar } from './is-unspaced-script-char.js';
import { isWordChar } from './is-word-char.js';

/** How names are compared with the text. */
export interface MentionMatcherOptions {
  /**
   * `smart` (default): case-insensitive, but a one-word name that starts with a capital (`Rose`) only matches text
   * that starts with a capital (`Rose`, `ROSE`), so the flower `rose` is no mention; names of several words (`The
   * Great Lens`) and names that start in lower case (`the keeper`) match in any case. `insensitive`: any case matches.
   */
  readonly caseSensitivity?: 'smart' | 'insensitive';
}

/** Finds mentions of many entries in one pass over a text. */
export interface MentionMatcher {
  /** Mentions in `text`, in order, without overlaps: the leftmost, then longest, match wins (`New York` over `York`). */
  findMentions(text: string): Mention[];
}

interface Pattern {
  readonly entryId: string;
  readonly length: number;
  readonly requireCapital: boolean;
  readonly checkStart: boolean;
  readonly checkEnd: boolean;
}

/**
 * Builds an Aho–Corasick automaton over the case-folded names, aliases and their English variants of the entries, so
 * a text is scanned once however many entries there are. Word boundaries are checked on the code points around a
 * match (letters, digits and marks of any script count as word characters). Names in scripts written without spaces
 * (Chinese, Japanese, Korean, Thai...) need no boundary on their unspaced side, since the neighbouring character is
 * usually another word; a one-character CJK alias will therefore also match inside longer words.
 */
export function createMentionMatcher(entries: readonly StoryEntry[], options: MentionMatcherOptions = {}): MentionMatcher {
  const smart = (options.caseSensitivity ?? 'smart') === 'smart';
  const transitions: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  const patterns: Pattern[] = [];
  const seen = new Map<string, number>();

  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const variant of nameVariants(name)) {
        // Whitespace inside a name matches any run of whitespace, so a name wrapped across lines is still found.
        const folded = foldCase(variant).replace(/\s+/gu, ' ');
        // Only one-word names risk being ordinary words (`Rose`, `Hope`, `Crane`); `the great lens` is a mention in any case.
        const requireCapital = smart && isUpperCase(codePointNear(variant, 0, false)) && !/\s/.test(variant);
        const key = `${entry.id}\u0000${folded}`;
        const existing = seen.get(key);
        if (existing !== undefined) {
          // The same form given twice (`Rose` and `rose`): the looser case rule wins.
          const pattern = patterns[existing] as Pattern;
          if (pattern.requireCapital && !requireCapital) patterns[existing] = { ...pattern, requireCapital: false };
          continue;
        }
        seen.set(key, patterns.length);
        let node = 0;
        for (let index = 0; index < folded.length; index += 1) {
          const code = folded.charCodeAt(index);
          let next = transitions[node]?.get(code);
          if (next === undefined) {
            next = transitions.length;
            transitions.push(new Map());
            outputs.push([]);
            transitions[node]?.set(code, next);
          }
          node = next;
        }
        outputs[node]?.push(patterns.length);
        patterns.push({
          entryId: entry.id,
          length: folded.length,
          requireCapital,
          checkStart: !isUnspacedScriptChar(codePointNear(variant, 0, false)),
          checkEnd: !isUnspacedScriptChar(codePointNear(variant, variant.length, true)),
        });
      }
    }
  }

  const fail = buildFailLinks(transitions, outputs);

  return {
    findMentions(text) {
      const folded = foldCase(text);
      const candidates: Mention[] = [];
      // The automaton reads the text with each whitespace run fed as one space; `sourceAt` maps back to offsets.
      const sourceAt = new Int32Array(folded.length);
      let fed = 0;
      let node = 0;
      for (let index = 0; index < folded.length; index += 1) {
        const raw = folded.charCodeAt(index);
        const isSpace = isSpaceCode(raw);
        if (isSpace && fed > 0 && isSpaceCode(folded.charCodeAt(sourceAt[fed - 1] as number))) continue;
        const code = isSpace ? 32 : raw;
        sourceAt[fed] = index;
        fed += 1;
        while (node !== 0 && !transitions[node]?.has(code)) node = fail[node] ?? 0;
        node = transitions[node]?.get(code) ?? 0;
        for (const patternIndex of outputs[node] ?? []) {
          const pattern = patterns[patternIndex] as Pattern;
          const end = index + 1;
          const start = sourceAt[fed - pattern.length] as number;
          if (pattern.checkStart && isWordChar(codePointNear(text, start, true))) continue;
          if (pattern.checkEnd && isWordChar(codePointNear(text, end, false))) continue;
          if (pattern.requireCapital && isLowerCase(codePointNear(text, start, false))) continue;
          candidates.push({ entryId: pattern.entryId, start, end, text: text.slice(start, end) });
        }
      }
      return selectLeftmostLongest(candidates);
    },
  };
}

/** The code units `\s` matches, tested without a regex because this runs once per character of the text. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function isUpperCase(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
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

/** Keeps non-overlapping matches, leftmost first and longest at a start; entries sharing the exact span all stay. */
function selectLeftmostLongest(candidates: Mention[]): Mention[] {
  candidates.sort((left, right) => left.start - right.start || right.end - left.end);
  const chosen: Mention[] = [];
  let coveredTo = 0;
  for (const candidate of candidates) {
    const last = chosen[chosen.length - 1];
    const sameSpan = last !== undefined && last.start === candidate.start && last.end === candidate.end;
    if (sameSpan && last.entryId !== candidate.entryId && !chosen.some((m) => m.start === candidate.start && m.entryId === candidate.entryId)) {
      chosen.push(candidate);
    } else if (candidate.start >= coveredTo) {
      chosen.push(candidate);
      coveredTo = candidate.end;
    }
  }
  return chosen;
}
