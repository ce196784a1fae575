import type { Character, DialogueBlock } from '../screenplay/screenplay-model.js';

/** `A AND B`, `A & B`, `A, B AND C`: the names a group cue joins. */
const groupParts = (name: string): string[] => name.split(/\s*,\s*|\s+(?:AND|&)\s+/u).map((part) => part.trim()).filter((part) => part !== '');

/** Cues that name no one but mean the people in the scene: BOTH is two of them, ALL is every one. */
const collectiveCues: ReadonlyMap<string, number> = new Map([
  ['BOTH', 2],
  ['ALL', Infinity],
  ['EVERYONE', Infinity],
  ['EVERYBODY', Infinity],
]);

/**
 * Credits a line spoken together to each of its speakers, as The Pudding counts shared lines, and drops the group from
 * the speakers: it is not one more person. `A AND B` (or `A & B`, `A, B AND C`) when every part is a speaking
 * character; `BOTH` to the two speakers of its scene when there are exactly two; `ALL` and `EVERYONE` to every
 * speaker of the scene. A collective line that cannot be credited (BOTH among three, or alone) stays under its cue, and so do cues such as `TWO GUARDS` or `THE CROWD`, which are people of their own.
 */
export function creditGroupCues(characters: readonly Character[]): Character[] {
  const byName = new Map<string, Character>(characters.map((character) => [character.name, { ...character, dialogueBlocks: [...character.dialogueBlocks], scenes: [...character.scenes] }]));
  const credit = (name: string, block: DialogueBlock): void => {
    const member = byName.get(name);
    if (member === undefined) return;
    member.lines += block.lines;
    member.words += block.words;
    member.dialogueBlocks.push(block);
  };

  const groups = characters.filter((character) => {
    const parts = groupParts(character.name);
    return parts.length > 1 && parts.every((part) => part !== character.name && byName.has(part));
  });
  for (const group of groups) {
    for (const block of group.dialogueBlocks) for (const part of groupParts(group.name)) credit(part, block);
    byName.delete(group.name);
  }

  const sceneSpeakers = speakersByScene([...byName.values()].filter((character) => !collectiveCues.has(character.name)));
  for (const [cue, count] of collectiveCues) {
    const collective = byName.get(cue);
    if (collective === undefined) continue;
    const unresolved: DialogueBlock[] = [];
    for (const block of collective.dialogueBlocks) {
      const members = collectiveMembers(sceneSpeakers.get(block.sceneId ?? '') ?? new Set(), count);
      if (members.length === 0) unresolved.push(block);
      for (const name of members) credit(name, block);
    }
    if (unresolved.length === 0) byName.delete(cue);
    else byName.set(cue, { ...collective, dialogueBlocks: unresolved, lines: sum(unresolved, 'lines'), words: sum(unresolved, 'words') });
  }
  // Credited blocks and scenes in script order, as the parser lists a speaker's own.
  for (const speaker of byName.values()) {
    speaker.dialogueBlocks.sort((a, b) => a.cueIndex - b.cueIndex);
    speaker.scenes = [...new Set(speaker.dialogueBlocks.flatMap((block) => (block.sceneId === undefined ? [] : [block.sceneId])))];
  }
  return [...byName.values()];
}

/** The named speakers of each scene. */
function speakersByScene(speakers: readonly Character[]): Map<string, Set<string>> {
  const byScene = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    for (const block of speaker.dialogueBlocks) byScene.set(block.sceneId ?? '', (byScene.get(block.sceneId ?? '') ?? new Set()).add(speaker.name));
  }
  return byScene;
}

/** Who a collective cue stands for: every speaker of its scene; for BOTH only when exactly two speak there. */
function collectiveMembers(speakers: ReadonlySet<string>, count: number): string[] {
  // Three people in the scene and a line for "both": which two is the writer's secret, so no one is credited.
  return Number.isFinite(count) && speakers.size !== count ? [] : [...speakers];
}

function sum(blocks: readonly DialogueBlock[], field: 'lines' | 'words'): number {
  return blocks.reduce((total, block) => total + block[field], 0);
}
