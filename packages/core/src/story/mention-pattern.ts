import { codePointNear } from './code-point-near.js';
import { foldCase } from './fold-case.js';
import { isUnspacedScriptChar } from './is-unspaced-script-char.js';
import { nameVariants } from './name-variants.js';
import type { StoryEntry } from './story-entry.js';

/** The fields of an entry that decide where the text mentions it. */
export type NamedEntry = Pick<StoryEntry, 'id' | 'name' | 'aliases'>;

/** One form of one entry's name, as the matcher looks for it. */
export interface MentionPattern {
  readonly entryId: string;
  /** The case-folded form with each whitespace run as one space; unique per entry. */
  readonly form: string;
  /** A one-word capitalised name (`Rose`) only matches text that starts with a capital. */
  readonly requireCapital: boolean;
  /** Whether the character before a match must not be a word character (false for CJK, Thai...). */
  readonly checkStart: boolean;
  /** Whether the character after a match must not be a word character. */
  readonly checkEnd: boolean;
}

/**
 * The patterns for the names, aliases and their English variants (see `nameVariants`) of some entries. A form given
 * twice for one entry (`Rose` and `rose`) is one pattern, with the looser case rule.
 */
export function compileMentionPatterns(entries: readonly NamedEntry[], caseSensitivity: 'smart' | 'insensitive'): MentionPattern[] {
  const patterns: MentionPattern[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const variant of nameVariants(name)) {
        // Whitespace inside a name matches any run of whitespace, so a name wrapped across lines is still found.
        const form = foldCase(variant).replace(/\s+/gu, ' ');
        // Only one-word names risk being ordinary words (`Rose`, `Hope`, `Crane`); `the great lens` is a mention in any case.
        const requireCapital = caseSensitivity === 'smart' && isUpperCase(codePointNear(variant, 0, false)) && !/\s/.test(variant);
        const key = `${entry.id}\u0000${form}`;
        const existing = seen.get(key);
        if (existing !== undefined) {
          const pattern = patterns[existing] as MentionPattern;
          if (pattern.requireCapital && !requireCapital) patterns[existing] = { ...pattern, requireCapital: false };
          continue;
        }
        seen.set(key, patterns.length);
        patterns.push({
          entryId: entry.id,
          form,
          requireCapital,
          checkStart: !isUnspacedScriptChar(codePointNear(variant, 0, false)),
          checkEnd: !isUnspacedScriptChar(codePointNear(variant, variant.length, true)),
        });
      }
    }
  }
  return patterns;
}

/** True when two patterns find exactly the same mentions. */
export function isSamePattern(left: MentionPattern, right: MentionPattern): boolean {
  return left.entryId === right.entryId && left.form === right.form && left.requireCapital === right.requireCapital && left.checkStart === right.checkStart && left.checkEnd === right.checkEnd;
}

function isUpperCase(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}
