import type { CharacterRepresentation } from './character-representation.js';
import { puddingWordThreshold, share } from './dialogue-share.js';

/** Which attribute a group row is about. */
export type GroupAttribute = 'gender' | 'age' | 'group';

/** One declared (or inferred) group's figures, comparable across groups. */
export interface GroupRepresentation {
  readonly attribute: GroupAttribute;
  /** `female`, `30s`, a writer's label — or `unspecified` for characters without one. */
  readonly value: string;
  /** Speaking characters in the group, by name. */
  readonly characters: readonly string[];
  readonly lines: number;
  readonly words: number;
  /** Share of all spoken words, 0..1. */
  readonly dialogueShare: number;
  /** Share of the words of characters with at least 100 words (The Pudding's rule), 0..1. */
  readonly dialogueShareOver100: number;
  /** Scenes where at least one member speaks or is named in action. */
  readonly scenes: number;
  /** Members whose introducing sentence uses a word about looks. */
  readonly introducedByAppearance: number;
  /** The most frequent introduction words of the group (most frequent first, at most 6). */
  readonly introductionWords: readonly string[];
}

/** Rows for gender (always), age and declared groups (when any character has one). */
export function groupRepresentation(characters: readonly CharacterRepresentation[]): GroupRepresentation[] {
  const totalWords = characters.reduce((sum, character) => sum + character.words, 0);
  const over100 = characters.filter((character) => character.words >= puddingWordThreshold);
  const totalOver100 = over100.reduce((sum, character) => sum + character.words, 0);
  const rows: GroupRepresentation[] = [];
  const addRows = (attribute: GroupAttribute, keysOf: (character: CharacterRepresentation) => readonly string[]): void => {
    const members = new Map<string, CharacterRepresentation[]>();
    for (const character of characters) {
      const keys = keysOf(character);
      for (const key of keys.length === 0 ? ['unspecified'] : keys) members.set(key, [...(members.get(key) ?? []), character]);
    }
    const ordered = [...members.entries()].sort(([a], [b]) => (a === 'unspecified' ? 1 : b === 'unspecified' ? -1 : a.localeCompare(b)));
    for (const [value, group] of ordered) {
      const words = group.reduce((sum, character) => sum + character.words, 0);
      const wordsOver100 = group.filter((character) => character.words >= puddingWordThreshold).reduce((sum, character) => sum + character.words, 0);
      rows.push({
        attribute,
        value,
        characters: group.map((character) => character.name),
        lines: group.reduce((sum, character) => sum + character.lines, 0),
        words,
        dialogueShare: share(words, totalWords),
        dialogueShareOver100: share(wordsOver100, totalOver100),
        scenes: new Set(group.flatMap((character) => character.scenesPresent ?? [])).size,
        introducedByAppearance: group.filter((character) => (character.introduction?.appearance.length ?? 0) > 0).length,
        introductionWords: topWords(group.flatMap((character) => character.introduction?.descriptors ?? [])),
      });
    }
  };
  addRows('gender', (character) => (character.gender === undefined ? [] : [character.gender.value]));
  if (characters.some((character) => character.age !== undefined)) addRows('age', (character) => (character.age === undefined ? [] : [character.age]));
  if (characters.some((character) => character.groups.length > 0)) addRows('group', (character) => character.groups);
  return rows;
}

function topWords(words: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, 6)
    .map(([word]) => word);
}
