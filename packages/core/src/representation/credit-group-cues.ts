import type { Character } from '../screenplay/screenplay-model.js';

/** `A AND B`, `A & B`, `A, B AND C`: the names a group cue joins. */
const groupParts = (name: string): string[] => name.split(/\s*,\s*|\s+(?:AND|&)\s+/u).map((part) => part.trim()).filter((part) => part !== '');

/**
 * Credits a line spoken together (`EDWARD AND WILL`) to each of its speakers, as The Pudding counts shared lines, and
 * drops the group from the speakers: it is not one more person. Only cues whose every part is a speaking character;
 * others (`BOTH`, `ALL`, `TWO GUARDS`) are left as they are.
 */
export function creditGroupCues(characters: readonly Character[]): Character[] {
  const byName = new Map(characters.map((character) => [character.name, { ...character, dialogueBlocks: [...character.dialogueBlocks], scenes: [...character.scenes] }]));
  const groups = characters.filter((character) => {
    const parts = groupParts(character.name);
    return parts.length > 1 && parts.every((part) => part !== character.name && byName.has(part));
  });
  for (const group of groups) {
    for (const part of groupParts(group.name)) {
      const member = byName.get(part);
      if (member === undefined) continue;
      member.lines += group.lines;
      member.words += group.words;
      member.dialogueBlocks.push(...group.dialogueBlocks);
      for (const scene of group.scenes) if (!member.scenes.includes(scene)) member.scenes.push(scene);
    }
    byName.delete(group.name);
  }
  return [...byName.values()];
}
